import { createFileRoute } from '@tanstack/react-router';
import { DraftsList } from '../features/drafts';
import { HomePage } from '../features/home/home-page';

export const Route = createFileRoute('/')({ component: Home });

function Home() {
  return (
    <>
      <HomePage />
      <DraftsList />
    </>
  );
}
