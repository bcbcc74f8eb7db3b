import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI runs these right after the API suite on 2 cores: the default 1 s wait for async UI is too tight.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
