import { AppConfig } from '../../config/app-config';
import { startTestApp } from '../../../test/test-app';

const PING = `query { me { id } }`;

describe('the SQL statement counter runs only where it is enabled', () => {
  it('is off by default in production and on in tests and development, SQL_STATEMENT_COUNTS decides', () => {
    expect(AppConfig.fromEnv({ NODE_ENV: 'production' }).countSqlStatements).toBe(false);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).countSqlStatements).toBe(true);
    expect(AppConfig.fromEnv({}).countSqlStatements).toBe(true);
    expect(AppConfig.fromEnv({ NODE_ENV: 'production', SQL_STATEMENT_COUNTS: 'true' }).countSqlStatements).toBe(true);
    expect(() => AppConfig.fromEnv({ SQL_STATEMENT_COUNTS: 'maybe' })).toThrow(/SQL_STATEMENT_COUNTS/);
  });

  it('answers carry no statement count when it is off, and a count when it is on', async () => {
    const off = await startTestApp({ SQL_STATEMENT_COUNTS: 'false' });
    try {
      const res = await off.client().request(PING, {});
      expect(res.errors).toBeUndefined();
      expect(res.extensions?.sqlStatements).toBeUndefined();
    } finally {
      await off.close();
    }
    const on = await startTestApp();
    try {
      const res = await on.client().request(PING, {});
      expect(typeof res.extensions?.sqlStatements).toBe('number');
    } finally {
      await on.close();
    }
  });
});
