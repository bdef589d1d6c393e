import { useTemplatesLoaded } from '../../lib/templates-context';

/**
 * The entries of the team's `templates/index.json` that are not offered, each with why, so whoever keeps that
 * folder sees it where everyone looks rather than in the console. The other templates are offered as usual.
 */
export function TeamTemplateProblems() {
  const problems = useTemplatesLoaded()?.teamProblems ?? [];
  // The live region is there from the start, so that what is added to it later is announced.
  return (
    <div role="status" aria-label="Team templates not offered">
      {problems.length > 0 ? (
        <div className="notice home-problems">
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
      ) : null}
    </div>
  );
}

/** The reason as the end of a sentence: a compiler message ends with its own full stop. */
function sentence(reason: string): string {
  return /[.!?]$/u.test(reason) ? reason : `${reason}.`;
}
