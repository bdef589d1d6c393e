import { Link } from '@tanstack/react-router';

/** What an address to a draft this browser does not have shows. */
export function DraftNotFound() {
  return (
    <div className="page" role="alert">
      <h1>Draft not found</h1>
      <p>
        This browser has no draft at this address. It may have been deleted, or the link was made in another
        browser. <Link to="/">Go to the home page</Link> to start a new spec or open another draft.
      </p>
    </div>
  );
}
