// Text copied byte for byte from templates/feature-spec.md (whitespace matters: the tests compare mdast).

/** The team's default Implementation Language Preferences (default content, editable). */
export const languagePreferencesDefault =
  'The repository prefers the following defaults unless a clear justification is provided:\n\n- **Mainline code:** Rust (stable, specify minimal supported toolchain in the plan).\n- **Tooling & automation scripts:** Python 3.11+ (use virtualenv, `pip` or `venv`). Use shell or PowerShell only when platform constraints require them.';

/** The team's Documentation Requirements (default content, editable). */
export const documentationRequirementsDefault =
  'Specifications MUST include a Documentation Plan describing:\n\n- `rustdoc` examples required for public APIs and which examples should run as doctests.\n- Module-level `rustdoc` topics covering design rationale and invariants for non-trivial modules.\n- Guide updates: which `Guide/src/` pages will be added or modified (include target paths) and whether the PR adds a dev-tool guide page when tooling is introduced.\n- A statement asserting that documentation updates will be included in the PR and that missing docs may block merging.\n\nDocumentation Style: Docs MUST be concise and example-first. Include copy-pasteable `rustdoc` examples; keep rationale notes short and focused on intent and invariants. Large conceptual write-ups belong in `Guide/src/` pages rather than crate-level docs.';

/** The team's Constitution Compliance checklist (default content, editable). */
export const constitutionComplianceDefault =
  'All specifications MUST include a short ``Constitution Compliance`` checklist that demonstrates how the feature satisfies the OpenVMM Constitution. At minimum include:\n\n- Security & Trust Boundaries: how inputs are validated/isolated; any `unsafe` usage justification.\n- Testing: required unit and integration tests, test locations, and CI invocation instructions.\n- Documentation: public API docs, rollout/migration notes, and quickstart updates.\n- Build/Cross-platform: build matrix and reproducible build steps if platform-specific behavior is introduced.\n\nThe `/speckit.plan` output MUST reference these items and the PR must include links to tests/docs.';

/** The worked example of `[NEEDS CLARIFICATION: ...]` markers (guidance). */
export const clarificationExampleGuidance =
  '*Example of marking unclear requirements:*\n\n- **FR-006**: System MUST authenticate users via [NEEDS CLARIFICATION: auth method not specified - email/password, SSO, OAuth?]\n- **FR-007**: System MUST retain user data for [NEEDS CLARIFICATION: retention period not specified]';

/** Guidance comment, as the template writes it. */
export const userScenariosComment =
  '<!--\n  IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.\n  Each user story/journey must be INDEPENDENTLY TESTABLE - meaning if you implement just ONE of them,\n  you should still have a viable MVP (Minimum Viable Product) that delivers value.\n  \n  Assign priorities (P1, P2, P3, etc.) to each story, where P1 is the most critical.\n  Think of each story as a standalone slice of functionality that can be:\n  - Developed independently\n  - Tested independently\n  - Deployed independently\n  - Demonstrated to users independently\n-->';

/** Guidance comment, as the template writes it. */
export const edgeCasesComment =
  '<!--\n  ACTION REQUIRED: The content in this section represents placeholders.\n  Fill them out with the right edge cases.\n-->';

/** Guidance comment, as the template writes it. */
export const requirementsComment =
  '<!--\n  ACTION REQUIRED: The content in this section represents placeholders.\n  Fill them out with the right functional requirements.\n-->';

/** Guidance comment, as the template writes it. */
export const successCriteriaComment =
  '<!--\n  ACTION REQUIRED: Define measurable success criteria.\n  These must be technology-agnostic and measurable.\n-->';
