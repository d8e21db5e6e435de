import { ApiError } from '../../nodes/shared/errors';
import { parseJsonResponse, type HttpResponse } from '../../nodes/shared/http';

const answer = (status: number, body: string, type = 'text/plain'): HttpResponse => ({
	status,
	headers: { 'content-type': type },
	body: Buffer.from(body),
});

const parseError = (response: HttpResponse, secrets: string[] = []) => {
	try {
		parseJsonResponse(response, { service: 'Test API', secrets });
	} catch (error) {
		return error as ApiError;
	}
	throw new Error('expected an error');
};

describe('what a non-JSON answer is called', () => {
	it.each([
		[500, 'Internal Server Error'],
		[502, 'upstream connect error or disconnect/reset before headers. reset reason: overflow'],
		[503, 'no healthy upstream'],
	])(
		'a plain-text %i page is an HTTP error with its status and an excerpt, not "malformed JSON"',
		(status, text) => {
			const error = parseError(answer(status, text));
			expect(error.code).toBe(`HTTP_${status}`);
			expect(error.details.httpStatus).toBe(status);
			expect(error.message).toBe(
				`Test API answered HTTP ${status} with text instead of JSON: "${text}"`,
			);
			expect(error.message).not.toMatch(/malformed/);
			expect(error.details.hint).not.toMatch(/cut off/);
			expect(error.details.hint).toMatch(/server failed|try again later/i);
		},
	);

	it('redacts secrets from the excerpt', () => {
		const error = parseError(answer(502, 'bad gateway for access_token=tok-SECRET-123'), [
			'tok-SECRET-123',
		]);
		expect(error.message).toContain('access_token=***');
		expect(error.message).not.toContain('tok-SECRET-123');
	});

	it('a 4xx plain-text answer points at the URL', () => {
		const error = parseError(answer(404, '404 page not found'));
		expect(error.message).toBe(
			'Test API answered HTTP 404 with text instead of JSON: "404 page not found"',
		);
		expect(error.details.hint).toMatch(/base URL/);
	});

	it('JSON cut off mid-document is still called malformed, with the hint that it was cut off', () => {
		const error = parseError(answer(200, '{"data":{"id":12', 'application/json'));
		expect(error.code).toBe('INVALID_JSON');
		expect(error.message).toContain('malformed JSON');
		expect(error.details.hint).toMatch(/cut off/);
	});

	it('plain text with HTTP 200 is not JSON, and says so', () => {
		const error = parseError(answer(200, 'OK'));
		expect(error.code).toBe('INVALID_JSON');
		expect(error.message).toBe('Test API answered HTTP 200 with text instead of JSON: "OK"');
	});
});
