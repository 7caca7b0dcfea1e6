// A gradients level's fields: ∂of/∂wrt for each `dOf/dWrt` the level asks.

import type {Field} from '../answers.js';
import type {Mistake} from '../diagnosis.js';
import {gradientsFrom, type LevelGraph} from '../graph.js';
import {otherAddend, partnerIn} from '../mistakes.js';
import {gradientBuilds} from './builds.js';
import {d, f, factor, requireNode} from './maths.js';
import {scalingMistakes, withSign} from './slips.js';

/** ∂of/∂wrt for each `dOf/dWrt` ask. */
export function gradientFields(graph: LevelGraph, asks: readonly string[]): Field[] {
	return asks.map(ask => {
		const [, of = '', wrt = ''] = /^d([\p{L}\p{N}_]+)\/d([\p{L}\p{N}_]+)$/u.exec(ask) ?? [];
		const root = requireNode(graph, of);
		requireNode(graph, wrt);
		const grads = gradientsFrom(graph, root);
		const expected = grads.get(wrt) ?? 0;
		const consumers = graph.nodes.filter(n => n.deps.some(dep => dep.name === wrt) && (grads.get(n.name) ?? 0) !== 0);
		const terms = consumers.map(c => ({
			via: c,
			upstream: grads.get(c.name) ?? 0,
			local: c.deps.find(dep => dep.name === wrt)?.local ?? 0,
		}));
		const mistakes: Mistake[] = [];
		let work = `${d(of, wrt)} = 1`;
		if (of !== wrt) {
			// The output's own gradient is 1, so a term through the output is just its local
			// derivative; for a product of two names that is the other name.
			const partner = (t: (typeof terms)[number]) =>
				t.via.op === 'mul' && t.via.deps.length === 2
					? (t.via.deps.find(dep => dep.name !== wrt)?.name ?? d(of, wrt))
					: d(of, wrt);
			const symbolic = terms
				.map(t => (t.via.name === of ? partner(t) : `${d(of, t.via.name)}·${d(t.via.name, wrt)}`))
				.join(' + ');
			const numeric = terms
				.map(t =>
					t.via.name === of
						? terms.length === 1
							? f(t.local)
							: factor(t.local)
						: `${factor(t.upstream)}·${factor(t.local)}`,
				)
				.join(' + ');
			work =
				terms.length === 0
					? `${d(of, wrt)} = 0`
					: [d(of, wrt), symbolic, numeric, f(expected)]
							.filter((part, i, all) => i === 0 || part !== all[i - 1])
							.join(' = ');
		}
		const [only] = terms;
		if (terms.length === 1 && only !== undefined) {
			const via = only.via.name;
			const link = {of, wrt, via, upstream: f(only.upstream)};
			const winner = only.via.op === 'max' && only.local === 0 ? only.via.deps.find(dep => dep.local !== 0) : undefined;
			// A max node that passed wrt over: the upstream gradient here means it was shared, not routed.
			if (winner !== undefined)
				mistakes.push({value: only.upstream, reason: 'maxToBoth', params: {...link, winner: winner.name}});
			// Through the output itself the upstream gradient is just 1: typing 1 there means the add rule was used.
			else if (only.local !== 1)
				mistakes.push(
					via === of
						? {value: only.upstream, reason: 'addRule', params: {via, wrt}}
						: {value: only.upstream, reason: 'upstreamOnly', params: link},
				);
			if (only.upstream !== 1) mistakes.push({value: only.local, reason: 'localOnly', params: link});
			const own = graph.byName.get(wrt)?.value.data ?? 0;
			const partner = partnerIn(graph, only.via, wrt);
			if (partner !== undefined && own !== only.local) {
				// Through the output itself there is no upstream gradient to speak of.
				mistakes.push(
					via === of
						? {value: own, reason: 'ownValue', params: {of, wrt, partner: partner.label}}
						: {value: only.upstream * own, reason: 'ownInput', params: {...link, partner: partner.label}},
				);
			}
			// A name the output adds in, typed as 0: taken for a constant (∂z/∂b of z = w·x + b).
			if (via === of && only.via.op === 'add' && only.local === 1 && partner === undefined)
				mistakes.push({value: 0, reason: 'addendAsConstant', params: {of, wrt}});
			const other = otherAddend(graph, only.via, wrt);
			if (other !== undefined) {
				mistakes.push({
					value: only.upstream * other.value.data,
					reason: 'addSwap',
					params: via === of ? {via, wrt, other: other.name} : {...link, other: other.name},
				});
			}
		} else if (terms.length > 1) {
			for (const t of terms) {
				mistakes.push({
					value: t.upstream * t.local,
					reason: 'onePath',
					params: {of, wrt, via: t.via.name, paths: String(terms.length)},
				});
			}
		}
		if (of !== wrt) mistakes.push(...scalingMistakes(graph, of, wrt, expected));
		return {
			id: `grad:${of}:${wrt}`,
			role: 'gradient',
			label: d(of, wrt),
			expected,
			node: wrt,
			mistakes: withSign(expected, mistakes),
			work,
			builds: gradientBuilds(graph, of, wrt, grads),
		};
	});
}
