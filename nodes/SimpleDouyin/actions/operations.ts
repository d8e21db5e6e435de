import type { INodeProperties } from 'n8n-workflow';

import type { SimpleDouyinClient } from '../transport/SimpleDouyinClient';
import {
	operationFieldsOf,
	operationProperty,
	resourceSelector,
	type OperationTable,
} from '../../shared/n8n/operations';

import { createComment } from './comment/create.operation';
import { deleteComment } from './comment/delete.operation';
import { getManyComments } from './comment/getMany.operation';
import { getManyFavorites } from './favorite/getMany.operation';
import { likeVideo } from './favorite/like.operation';
import { unlikeVideo } from './favorite/unlike.operation';
import { getFeed } from './feed/get.operation';
import { getChat } from './message/getChat.operation';
import { sendMessage } from './message/send.operation';
import { followUser } from './relation/follow.operation';
import { getFollowers } from './relation/getFollowers.operation';
import { getFollowing } from './relation/getFollowing.operation';
import { getFriends } from './relation/getFriends.operation';
import { unfollowUser } from './relation/unfollow.operation';
import { getUser } from './user/get.operation';
import { loginUser } from './user/login.operation';
import { registerUser } from './user/register.operation';
import { getPublishedVideos } from './video/getPublished.operation';
import { publishVideo } from './video/publish.operation';
import { publishVideoByUrl } from './video/publishByUrl.operation';

/** resource → operation → implementation: the single table the node routes by. */
export const OPERATIONS: OperationTable<SimpleDouyinClient> = {
	feed: { get: getFeed },
	video: {
		publish: publishVideo,
		publishByUrl: publishVideoByUrl,
		getPublished: getPublishedVideos,
	},
	favorite: { like: likeVideo, unlike: unlikeVideo, getMany: getManyFavorites },
	comment: { create: createComment, delete: deleteComment, getMany: getManyComments },
	relation: { follow: followUser, unfollow: unfollowUser, getFollowing, getFollowers, getFriends },
	message: { send: sendMessage, getChat },
	user: { get: getUser, register: registerUser, login: loginUser },
};

export const resourceProperty = resourceSelector(
	[
		{ name: 'Comment', value: 'comment' },
		{ name: 'Favorite', value: 'favorite' },
		{ name: 'Feed', value: 'feed' },
		{ name: 'Message', value: 'message' },
		{ name: 'Relation', value: 'relation' },
		{ name: 'User', value: 'user' },
		{ name: 'Video', value: 'video' },
	],
	'feed',
);

export const operationProperties: INodeProperties[] = [
	operationProperty(
		'feed',
		[
			{
				name: 'Get',
				value: 'get',
				action: 'Get the video feed',
				description: 'Get videos newest first, following next_time from page to page',
			},
		],
		'get',
	),
	operationProperty(
		'video',
		[
			{
				name: 'Get Published',
				value: 'getPublished',
				action: 'Get published videos',
				description: 'Get the videos a user has published',
			},
			{
				name: 'Publish',
				value: 'publish',
				action: 'Publish a video',
				description: 'Upload a video file from a binary field',
			},
			{
				name: 'Publish by URL',
				value: 'publishByUrl',
				action: 'Publish a video by URL',
				description: 'Publish a video the server fetches from a URL (Ocyss/douyin test route)',
			},
		],
		'publish',
	),
	operationProperty(
		'favorite',
		[
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many liked videos',
				description: 'Get the videos a user has liked',
			},
			{ name: 'Like', value: 'like', action: 'Like a video' },
			{ name: 'Unlike', value: 'unlike', action: 'Unlike a video' },
		],
		'like',
	),
	operationProperty(
		'comment',
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create a comment',
				description: 'Comment on a video',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a comment',
				description: 'Delete one of your comments',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many comments',
				description: 'Get the comments of a video, newest first',
			},
		],
		'create',
	),
	operationProperty(
		'relation',
		[
			{ name: 'Follow', value: 'follow', action: 'Follow a user' },
			{
				name: 'Get Followers',
				value: 'getFollowers',
				action: 'Get followers',
				description: 'Get the users who follow a user',
			},
			{
				name: 'Get Following',
				value: 'getFollowing',
				action: 'Get followed users',
				description: 'Get the users a user follows',
			},
			{
				name: 'Get Friends',
				value: 'getFriends',
				action: 'Get friends',
				description: 'Get the users who follow you back, with the latest message',
			},
			{ name: 'Unfollow', value: 'unfollow', action: 'Unfollow a user' },
		],
		'follow',
	),
	operationProperty(
		'message',
		[
			{
				name: 'Get Chat',
				value: 'getChat',
				action: 'Get chat messages',
				description: 'Get the messages exchanged with a user',
			},
			{ name: 'Send', value: 'send', action: 'Send a message' },
		],
		'send',
	),
	operationProperty(
		'user',
		[
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get a user profile with counts',
			},
			{
				name: 'Login',
				value: 'login',
				action: 'Log in a user',
				description: 'Check a username and password and get the user ID',
			},
			{
				name: 'Register',
				value: 'register',
				action: 'Register a user',
				description: 'Create an account and get its user ID',
			},
		],
		'get',
	),
];

export const operationFields: INodeProperties[] = operationFieldsOf(OPERATIONS);
