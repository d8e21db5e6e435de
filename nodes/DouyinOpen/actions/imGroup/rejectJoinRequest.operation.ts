import { reviewJoinRequest } from './reviewJoinRequest';

export const rejectJoinRequest = reviewJoinRequest('rejectJoinRequest', 'reject');
