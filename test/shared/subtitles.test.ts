/**
 * Canvas subtitles, resolved by n8n's expression engine as the editor does: what the user chose, in the words
 * of the option list, and nothing dangling when a field is still empty.
 */
import { DouyinLiveFailedDataTrigger } from '../../nodes/DouyinLive/DouyinLiveFailedDataTrigger.node';
import { DouyinLiveTrigger } from '../../nodes/DouyinLive/DouyinLiveTrigger.node';
import { DouyinOpenTrigger } from '../../nodes/DouyinOpen/DouyinOpenTrigger.node';
import { TikTokLiveTrigger } from '../../nodes/TikTokLive/TikTokLiveTrigger.node';
import { nodeSubtitle } from '../helpers/n8nEngine';

describe('trigger subtitles', () => {
	test('TikTok LIVE Trigger: nothing while Username is empty, then @name (one @ even if typed)', () => {
		expect(nodeSubtitle(new TikTokLiveTrigger(), { username: '' })).toBe('');
		expect(nodeSubtitle(new TikTokLiveTrigger(), { username: 'streamer' })).toBe('@streamer');
		expect(nodeSubtitle(new TikTokLiveTrigger(), { username: '@streamer' })).toBe('@streamer');
		expect(
			nodeSubtitle(new TikTokLiveTrigger(), { source: 'roomId', roomId: '7300000000000000123' }),
		).toBe('Room 7300000000000000123');
	});

	test('Douyin Live Trigger lists the chosen message types by their names', () => {
		const subtitle = String(nodeSubtitle(new DouyinLiveTrigger()));
		expect(subtitle).not.toMatch(/live_/);
		expect(subtitle.split(', ')).toHaveLength(4);
		expect(nodeSubtitle(new DouyinLiveTrigger(), { msgTypes: [] })).toBe(
			'No message types selected',
		);
	});

	test('Douyin Live Failed Data Trigger and Douyin Open Trigger show names, not API values', () => {
		expect(String(nodeSubtitle(new DouyinLiveFailedDataTrigger()))).not.toMatch(/live_/);
		const open = String(nodeSubtitle(new DouyinOpenTrigger()));
		expect(open).not.toMatch(/im_group|_event|_change/);
		expect(open.split(', ')).toHaveLength(4);
	});
});
