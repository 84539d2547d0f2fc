import { describe, expect, test } from 'vitest';
import { checkBoundAddresses, checkListenHost, isLoopbackAddress, type Resolve } from '../../src/api/loopback.js';

/** A resolver that knows a few names, as a hosts file or DNS would, without touching either. */
const names: Record<string, string[]> = {
  '127.lan.test': ['0.0.0.0'],
  'mixed.test': ['127.0.0.1', '10.0.0.5'],
  'loop.test': ['127.0.0.1', '::1'],
};
const resolve: Resolve = async (host) => {
  const found = names[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

describe('the API listens on loopback unless remote access is allowed', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['::1', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['128.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['127.lan.test', false],
  ])('%s is a loopback address: %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });

  test('a name is judged by what it resolves to, not by how it is spelt', async () => {
    await expect(checkListenHost('127.lan.test', { allowRemote: false, resolve })).rejects.toThrow(
      'Refusing to listen on 127.lan.test (it resolves to 0.0.0.0): the API holds patient data and listens on loopback only, unless you add --allow-remote',
    );
    await expect(checkListenHost('mixed.test', { allowRemote: false, resolve })).rejects.toThrow(/resolves to 10\.0\.0\.5\)/);
    expect(await checkListenHost('loop.test', { allowRemote: false, resolve })).toEqual([]);
  });

  test('with --allow-remote it listens, and the addresses that are not loopback are named for the warning', async () => {
    expect(await checkListenHost('127.lan.test', { allowRemote: true, resolve })).toEqual(['0.0.0.0']);
  });

  test('a name that does not resolve is a sentence', async () => {
    await expect(checkListenHost('nowhere.test', { allowRemote: false, resolve })).rejects.toThrow(
      '--host nowhere.test does not resolve (ENOTFOUND): give an address, or a name this machine knows.',
    );
  });

  test('the system resolver: literals and localhost', async () => {
    await expect(checkListenHost('0.0.0.0', { allowRemote: false })).rejects.toThrow(/^Refusing to listen on 0\.0\.0\.0: /);
    expect(await checkListenHost('127.0.0.1', { allowRemote: false })).toEqual([]);
    expect(await checkListenHost('localhost', { allowRemote: false })).toEqual([]);
  });

  test('what the server is bound to is checked again once it listens', () => {
    expect(() => checkBoundAddresses('loop.test', [{ address: '0.0.0.0' }], { allowRemote: false })).toThrow(/Refusing to listen/);
    expect(checkBoundAddresses('localhost', [{ address: '127.0.0.1' }, { address: '::1' }], { allowRemote: false })).toEqual([]);
  });
});
