/**
 * Lists the DCD binds to but does not contain: they are maintained outside it (Healthdata per
 * organisation, RIZIV-INAMI, bpost). Their entries are loaded as reference lists; until then a
 * value is checked by format only.
 */
import type { CodeList } from '../types.js';

const external = (name: string): CodeList => ({ name, external: true, codes: [] });

export const externalCodeLists: Record<string, CodeList> = {
  HPIN: external('HPIN'),
  PLACE_OF_RESIDENCE: external('PLACE_OF_RESIDENCE'),
  AUTHOR_GROUP: external('AUTHOR_GROUP'),
  QERMID_IMPLT_32401: external('QERMID_IMPLT_32401'),
  QERMID_IMPLT_32402: external('QERMID_IMPLT_32402'),
  QERMID_IMPLT_32403: external('QERMID_IMPLT_32403'),
  QERMID_IMPLT_32404: external('QERMID_IMPLT_32404'),
};
