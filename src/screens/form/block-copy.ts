/**
 * A new PCI block starts as a copy of the block before it: the answers the catalogue marks
 * procedural (operator, second operator, access site, material and device), where the new block
 * has none yet. Only answers that apply in the block copied from are taken. Pure: the form turns
 * the result into one confirmation of answers.
 */
import type { Field, Form } from '../../registry/index.js';
import { isEmpty, visibleFields, type Data } from '../../validation/index.js';

export interface BlockCopy {
  /** The block copied from. */
  from: number;
  /** The answers the block takes, by field id. */
  changes: Data;
  /** The fields answered, in form order. */
  fields: Field[];
}

/** The id of a block field in another block: `CD_MAT_2` is `CD_MAT_1` in block 1. */
const inBlock = (f: Field, block: number) => f.id.replace(/_\d+$/, `_${block}`);

/**
 * What block `block` can take from the block before it: undefined for block 1 (or a form without
 * blocks); `changes` is empty when there is nothing to copy or it is all answered already.
 */
export function blockCopy(form: Form, data: Data, block: number): BlockCopy | undefined {
  if (block < 2) return undefined;
  const from = block - 1;
  const visible = visibleFields(form, data);
  const changes: Data = {};
  const fields: Field[] = [];
  for (const f of form.fields) {
    if (f.block !== block || !f.procedural || !isEmpty(data[f.id])) continue;
    const source = form.byId.get(inBlock(f, from));
    if (!source || source.block !== from || !visible.has(source.id) || isEmpty(data[source.id])) continue;
    changes[f.id] = data[source.id];
    fields.push(f);
  }
  return { from, changes, fields };
}
