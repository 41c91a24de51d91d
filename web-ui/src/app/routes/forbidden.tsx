import { Banner } from '@/components/ui/banner';

export function Forbidden() {
  return (
    <Banner tone="error" title="You do not have access">
      <p>Your roles do not allow this page. Ask an administrator if you need it.</p>
    </Banner>
  );
}
