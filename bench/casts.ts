import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';

/**
 * Type assertions in the source, counted on the syntax tree: every `x as T`
 * and `<T>x`, except `as const` (which asserts nothing about a value's type).
 * `satisfies` is not an assertion and is not counted.
 */
export function countCasts(dir = 'src'): {total: number; byFile: Map<string, number>} {
	const byFile = new Map<string, number>();
	let total = 0;
	for (const file of sourceFiles(dir)) {
		const text = readFileSync(file, 'utf8');
		const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
		const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
		let count = 0;
		const visit = (node: ts.Node) => {
			if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isConst(node.type)) count++;
			ts.forEachChild(node, visit);
		};
		visit(source);
		if (count > 0) byFile.set(file, count);
		total += count;
	}
	return {total, byFile};
}

function isConst(type: ts.TypeNode): boolean {
	return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'const';
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}
