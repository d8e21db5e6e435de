/** State shared by the mappers while one frame is decoded. */
export interface DecodeContext {
	/** Decode faults so far (frame, message or nested field). */
	errors: number;
	/** Decode User badges. */
	badges: boolean;
}

/** Runs one nested decode in isolation: a fault costs that field (counted), never the surrounding event (reference §3). */
export function isolate<T>(ctx: DecodeContext, decode: () => T): T | undefined {
	try {
		return decode();
	} catch {
		ctx.errors++;
		return undefined;
	}
}
