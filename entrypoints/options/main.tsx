import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/options/options.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp />);
