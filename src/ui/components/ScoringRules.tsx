import {Text} from 'ink';
import type {Language} from '../../levels/language.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';

export type ScoringRulesProps = {
	readonly lang: Language;
	readonly width: number;
	/** A lab scores by steps to its goal, not by answers. */
	readonly lab?: boolean;
};

/** How stars and points are earned, in dim text (on the help and result screens). */
export function ScoringRules({lang, width, lab = false}: ScoringRulesProps) {
	const t = messages(lang);
	return (
		<>
			{(lab ? [t.lab.scoring] : t.scoringRules)
				.flatMap(rule => wrapLines(rule, width))
				.map(line => (
					<Text key={line} dimColor>
						{line}
					</Text>
				))}
		</>
	);
}
