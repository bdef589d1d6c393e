import { useTemplatesLoaded } from '../../lib/templates-context';

/**
 * The entries of the team's `templates/index.json` that are not offered, each with why, so whoever keeps that
 * folder sees it where everyone looks rather than in the console. The other templates are offered as usual.
 */
export function TeamTemplateProblems() {
  const problems = useTemplatesLoaded()?.teamProblems ?? [];
  // Only when there is something to say: the home page's other status messages stay the only ones.
  if (problems.length === 0) return null;
  return (
    <div className="notice home-problems" role="status" aria-label="Team templates not offered">
      <p>
        {problems.length === 1
          ? 'One of your team’s templates is not offered:'
          : `${problems.length} of your team’s templates are not offered:`}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.entry}>
            <code>{problem.entry}</code> {sentence(problem.reason)}
          </li>
        ))}
      </ul>
      <p>Whoever hosts this copy of Specwright can fix them in its templates folder.</p>
    </div>
  );
}

/** The reason as the end of a sentence: a compiler message ends with its own full stop. */
function sentence(reason: string): string {
  return /[.!?]$/u.test(reason) ? reason : `${reason}.`;
}
