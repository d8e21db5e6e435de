import { reviewJoinRequest } from './reviewJoinRequest';

export const approveJoinRequest = reviewJoinRequest('approveJoinRequest', 'approve');
