import { createRoot } from 'react-dom/client';
import { DeskApp } from '@/components/desk/DeskApp';
import { startClock } from '@/utils/clock/today-override';
import '@/components/desk/desk.css';

const root = document.getElementById('root');
// The day of the figures follows the product's clock (a demo or test may set "today").
void startClock()
  .catch(() => {})
  .finally(() => {
    if (root) createRoot(root).render(<DeskApp />);
  });
