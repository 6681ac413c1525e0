// The Python the tests run: $PYTHON, else the system's /usr/bin/python3 (where apt installs scikit-learn), else python3.
import { existsSync } from 'node:fs';

export const PYTHON =
	process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
