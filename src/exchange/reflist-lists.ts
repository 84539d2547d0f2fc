/** The reference lists angio loads, and the columns of their files. */
export const LIST_IDS = {
  hpin: 'HPIN',
  bms: 'QERMID_IMPLT_32401',
  des: 'QERMID_IMPLT_32402',
  bvs: 'QERMID_IMPLT_32403',
  deb: 'QERMID_IMPLT_32404',
  postal: 'PLACE_OF_RESIDENCE',
} as const;
export type ListName = keyof typeof LIST_IDS;

export const LIST_COLUMNS: Record<ListName, string[]> = {
  hpin: ['riziv', 'last_name', 'first_name', 'specialty'],
  bms: ['code', 'name', 'manufacturer', 'valid_from', 'valid_to'],
  des: ['code', 'name', 'manufacturer', 'valid_from', 'valid_to'],
  bvs: ['code', 'name', 'manufacturer', 'valid_from', 'valid_to'],
  deb: ['code', 'name', 'manufacturer', 'valid_from', 'valid_to'],
  postal: ['postal_code', 'localities'],
};
