// Errors: the one error type the engine throws, so callers can tell bad input from bugs.

/** Thrown for input the engine cannot work with; the message is meant for the user. */
export class EngineError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EngineError';
	}
}
