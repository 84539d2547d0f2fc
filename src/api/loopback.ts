/**
 * Whether the API may listen on a host: only on loopback unless remote access is allowed. A host
 * is loopback when every address it resolves to is, never by its spelling: "127.lan.test" may well
 * name 0.0.0.0, and "localhost" could be mapped anywhere. A refusal is said in the language of the
 * person starting the server (`angio serve --lang`), English unless told.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { say } from '../messages.js';
import type { Lang } from '../registry/index.js';
import { UsageError } from '../session/index.js';

/** Every address a host name resolves to (the system's resolver, as listen uses; tests pass theirs). */
export type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** 127.0.0.0/8 and ::1 (also written in full, or as an IPv4 loopback mapped into IPv6). */
export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const refusal = (host: string, remote: readonly string[], lang: Lang = 'en') =>
  new UsageError(
    say(lang, 'listen.remote', {
      host,
      resolves: remote.length === 1 && remote[0] === host ? '' : say(lang, 'listen.resolvesTo', { addresses: remote.join(', ') }),
    }),
  );

/**
 * Resolves `host` and refuses it, unless remote access is allowed, when one of its addresses is
 * not loopback. Answers the addresses that are not (empty for a loopback host), for the warning.
 */
export async function checkListenHost(host: string, options: { allowRemote: boolean; resolve?: Resolve; lang?: Lang }): Promise<string[]> {
  const lang = options.lang ?? 'en';
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? systemResolve)(host);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(say(lang, 'listen.unresolved', { host, code: code ? ` (${code})` : '' }));
  }
  if (addresses.length === 0) throw new UsageError(say(lang, 'listen.noAddress', { host }));
  const remote = addresses.filter((a) => !isLoopbackAddress(a));
  if (remote.length && !options.allowRemote) throw refusal(host, remote, lang);
  return remote;
}

/**
 * The same check on what the server is actually bound to, once it listens: the name may resolve
 * differently a moment later than when it was checked.
 */
export function checkBoundAddresses(
  host: string,
  bound: readonly (string | { address: string })[],
  options: { allowRemote: boolean; lang?: Lang },
): string[] {
  const remote = bound.map((a) => (typeof a === 'string' ? a : a.address)).filter((a) => !isLoopbackAddress(a));
  if (remote.length && !options.allowRemote) throw refusal(host, remote, options.lang);
  return remote;
}
