import { AppConfig, ConfigError } from './app-config';

describe('TRUST_PROXY', () => {
  const read = (value?: string) => AppConfig.fromEnv({ NODE_ENV: 'test', TRUST_PROXY: value }).trustProxy;

  it('defaults to loopback: only a proxy on this machine is believed', () => {
    expect(read()).toEqual(['loopback']);
    expect(read('')).toEqual(['loopback']);
  });

  it('takes a hop count or a list of names, addresses and CIDRs', () => {
    expect(read('2')).toBe(2);
    expect(read('loopback, 10.0.0.0/8,  fd00::/8, 203.0.113.7')).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '203.0.113.7',
    ]);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '10.0.0/8', 'loopback,,', '::1/129'])('refuses "%s"', (value) => {
    expect(() => read(value)).toThrow(ConfigError);
    expect(() => read(value)).toThrow(/TRUST_PROXY/);
  });
});
