import type {Field} from '../levels/answers.js';

/** What a field's hints are kept under: its grid for a cell of one (a grid has one ladder), else the field. */
export const hintKey = (field: Field): string => field.cell?.grid.id ?? field.id;
