import { AppConfig, ConfigError } from './app-config';

describe('background job settings', () => {
  it('works jobs by default, but not under NODE_ENV=test unless asked', () => {
    expect(AppConfig.fromEnv({}).jobsEnabled).toBe(true);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).jobsEnabled).toBe(false);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test', JOBS_ENABLED: 'true' }).jobsEnabled).toBe(true);
    expect(AppConfig.fromEnv({}).briefReadyHours).toBe(24);
    expect(AppConfig.fromEnv({ BRIEF_READY_HOURS: '6' }).briefReadyHours).toBe(6);
  });

  it('lists every bad job setting together', () => {
    let error: unknown;
    try {
      AppConfig.fromEnv({
        JOBS_ENABLED: 'maybe',
        JOB_TIMEOUT_SECONDS: '0',
        JOB_RETRY_SECONDS: '1.5',
        BRIEF_READY_HOURS: 'x',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'JOBS_ENABLED must be true or false (got "maybe")',
      'JOB_TIMEOUT_SECONDS must be a whole number from 1 to 3600 (got "0")',
      'JOB_RETRY_SECONDS must be a whole number from 1 to 3600 (got "1.5")',
      'BRIEF_READY_HOURS must be a whole number from 1 to 336 (got "x")',
    ]);
  });
});
