// What both languages' tables use: numbers and typed text as messages quote them.

import {formatNumber} from '../levels/format.js';
import {functionNames} from '../levels/operators.js';

/** Every function an answer may call, as the help lists them: `sigmoid( exp( …`, read from the operator table. */
export const typedFunctions = (separator: string) => functionNames.map(name => `${name}(`).join(separator);
/** An η as the lab prints it. */
export const rate = (run: {readonly learningRate: number}) => formatNumber(run.learningRate, 3);

/** Typed text quoted back in a message: a long paste is cut. */
export function clip(text: string): string {
	const chars = [...text.replace(/\s+/g, ' ').trim()];
	return chars.length <= 16 ? chars.join('') : `${chars.slice(0, 15).join('')}…`;
}

/** `a = H1 = 0.462`, or `a = 0.462` when the node is itself called a. */
export const symbolValue = (symbol: string, node: string, value: string) =>
	node === symbol ? `${symbol} = ${value}` : `${symbol} = ${node} = ${value}`;
