import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace webcast {

    interface IWebcastPushFrame extends webcast.WebcastPushFrame.$Properties {
    }

    class WebcastPushFrame {
        constructor(properties?: webcast.WebcastPushFrame.$Properties);
        $unknowns?: Uint8Array[];
        seqId: (number|Long);
        logId: (number|Long);
        service: (number|Long);
        method: (number|Long);
        headers: { [k: string]: string };
        payloadEncoding: string;
        payloadType: string;
        payload: Uint8Array;
        static encode(message: webcast.WebcastPushFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastPushFrame & webcast.WebcastPushFrame.$Shape;
    }

    namespace WebcastPushFrame {
        interface $Properties {
            seqId?: (number|Long|null);
            logId?: (number|Long|null);
            service?: (number|Long|null);
            method?: (number|Long|null);
            headers?: ({ [k: string]: string }|null);
            payloadEncoding?: (string|null);
            payloadType?: (string|null);
            payload?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastPushFrame.$Properties;
    }

    interface IProtoMessageFetchResult extends webcast.ProtoMessageFetchResult.$Properties {
    }

    class ProtoMessageFetchResult {
        constructor(properties?: webcast.ProtoMessageFetchResult.$Properties);
        $unknowns?: Uint8Array[];
        messages: webcast.BaseProtoMessage.$Properties[];
        cursor: string;
        fetchInterval: (number|Long);
        now: (number|Long);
        internalExt: string;
        fetchType: number;
        routeParams: { [k: string]: string };
        heartBeatDuration: (number|Long);
        needAck: boolean;
        pushServer: string;
        isFirst: boolean;
        historyCommentCursor: string;
        historyNoMore: boolean;
        static encode(message: webcast.ProtoMessageFetchResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.ProtoMessageFetchResult & webcast.ProtoMessageFetchResult.$Shape;
    }

    namespace ProtoMessageFetchResult {
        interface $Properties {
            messages?: (webcast.BaseProtoMessage.$Properties[]|null);
            cursor?: (string|null);
            fetchInterval?: (number|Long|null);
            now?: (number|Long|null);
            internalExt?: (string|null);
            fetchType?: (number|null);
            routeParams?: ({ [k: string]: string }|null);
            heartBeatDuration?: (number|Long|null);
            needAck?: (boolean|null);
            pushServer?: (string|null);
            isFirst?: (boolean|null);
            historyCommentCursor?: (string|null);
            historyNoMore?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.ProtoMessageFetchResult.$Properties;
    }

    interface IProtoMessageFetchResultView extends webcast.ProtoMessageFetchResultView.$Properties {
    }

    class ProtoMessageFetchResultView {
        constructor(properties?: webcast.ProtoMessageFetchResultView.$Properties);
        $unknowns?: Uint8Array[];
        messages: Uint8Array[];
        cursor: string;
        fetchInterval: (number|Long);
        now: (number|Long);
        internalExt: string;
        routeParams: { [k: string]: string };
        heartBeatDuration: (number|Long);
        needAck: boolean;
        pushServer: string;
        isFirst: boolean;
        static encode(message: webcast.ProtoMessageFetchResultView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.ProtoMessageFetchResultView & webcast.ProtoMessageFetchResultView.$Shape;
    }

    namespace ProtoMessageFetchResultView {
        interface $Properties {
            messages?: (Uint8Array[]|null);
            cursor?: (string|null);
            fetchInterval?: (number|Long|null);
            now?: (number|Long|null);
            internalExt?: (string|null);
            routeParams?: ({ [k: string]: string }|null);
            heartBeatDuration?: (number|Long|null);
            needAck?: (boolean|null);
            pushServer?: (string|null);
            isFirst?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.ProtoMessageFetchResultView.$Properties;
    }

    interface IBaseProtoMessage extends webcast.BaseProtoMessage.$Properties {
    }

    class BaseProtoMessage {
        constructor(properties?: webcast.BaseProtoMessage.$Properties);
        $unknowns?: Uint8Array[];
        method: string;
        payload: Uint8Array;
        msgId: (number|Long);
        msgType: number;
        offset: (number|Long);
        isHistory: boolean;
        static encode(message: webcast.BaseProtoMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BaseProtoMessage & webcast.BaseProtoMessage.$Shape;
    }

    namespace BaseProtoMessage {
        interface $Properties {
            method?: (string|null);
            payload?: (Uint8Array|null);
            msgId?: (number|Long|null);
            msgType?: (number|null);
            offset?: (number|Long|null);
            isHistory?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BaseProtoMessage.$Properties;
    }

    interface IHeartbeatMessage extends webcast.HeartbeatMessage.$Properties {
    }

    class HeartbeatMessage {
        constructor(properties?: webcast.HeartbeatMessage.$Properties);
        $unknowns?: Uint8Array[];
        roomId: (number|Long);
        sendPacketSeqId: (number|Long);
        static encode(message: webcast.HeartbeatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.HeartbeatMessage & webcast.HeartbeatMessage.$Shape;
    }

    namespace HeartbeatMessage {
        interface $Properties {
            roomId?: (number|Long|null);
            sendPacketSeqId?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.HeartbeatMessage.$Properties;
    }

    interface IWebcastImEnterRoomMessage extends webcast.WebcastImEnterRoomMessage.$Properties {
    }

    class WebcastImEnterRoomMessage {
        constructor(properties?: webcast.WebcastImEnterRoomMessage.$Properties);
        $unknowns?: Uint8Array[];
        roomId: (number|Long);
        roomTag: string;
        liveRegion: string;
        liveId: (number|Long);
        identity: string;
        cursor: string;
        accountType: (number|Long);
        enterUniqueId: (number|Long);
        filterWelcomeMsg: string;
        isAnchorContinueKeepMsg: boolean;
        static encode(message: webcast.WebcastImEnterRoomMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastImEnterRoomMessage & webcast.WebcastImEnterRoomMessage.$Shape;
    }

    namespace WebcastImEnterRoomMessage {
        interface $Properties {
            roomId?: (number|Long|null);
            roomTag?: (string|null);
            liveRegion?: (string|null);
            liveId?: (number|Long|null);
            identity?: (string|null);
            cursor?: (string|null);
            accountType?: (number|Long|null);
            enterUniqueId?: (number|Long|null);
            filterWelcomeMsg?: (string|null);
            isAnchorContinueKeepMsg?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastImEnterRoomMessage.$Properties;
    }

    interface ICommonMessageData extends webcast.CommonMessageData.$Properties {
    }

    class CommonMessageData {
        constructor(properties?: webcast.CommonMessageData.$Properties);
        $unknowns?: Uint8Array[];
        method: string;
        msgId: (number|Long);
        roomId: (number|Long);
        createTime: (number|Long);
        describe: string;
        displayText: Uint8Array;
        static encode(message: webcast.CommonMessageData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.CommonMessageData & webcast.CommonMessageData.$Shape;
    }

    namespace CommonMessageData {
        interface $Properties {
            method?: (string|null);
            msgId?: (number|Long|null);
            roomId?: (number|Long|null);
            createTime?: (number|Long|null);
            describe?: (string|null);
            displayText?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.CommonMessageData.$Properties;
    }

    interface IText extends webcast.Text.$Properties {
    }

    class Text {
        constructor(properties?: webcast.Text.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        defaultPattern: string;
        static encode(message: webcast.Text.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.Text & webcast.Text.$Shape;
    }

    namespace Text {
        interface $Properties {
            key?: (string|null);
            defaultPattern?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.Text.$Properties;
    }

    interface IImage extends webcast.Image.$Properties {
    }

    class Image {
        constructor(properties?: webcast.Image.$Properties);
        $unknowns?: Uint8Array[];
        url: string[];
        static encode(message: webcast.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.Image & webcast.Image.$Shape;
    }

    namespace Image {
        interface $Properties {
            url?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.Image.$Properties;
    }

    interface IUser extends webcast.User.$Properties {
    }

    class User {
        constructor(properties?: webcast.User.$Properties);
        $unknowns?: Uint8Array[];
        userId: (number|Long);
        nickname: string;
        profilePicture: Uint8Array;
        followInfo?: (webcast.FollowInfo.$Properties|null);
        uniqueId: string;
        secUid: string;
        badges: Uint8Array[];
        idStr: string;
        static encode(message: webcast.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.User & webcast.User.$Shape;
    }

    namespace User {
        interface $Properties {
            userId?: (number|Long|null);
            nickname?: (string|null);
            profilePicture?: (Uint8Array|null);
            followInfo?: (webcast.FollowInfo.$Properties|null);
            uniqueId?: (string|null);
            secUid?: (string|null);
            badges?: (Uint8Array[]|null);
            idStr?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.User.$Properties;
    }

    interface IFollowInfo extends webcast.FollowInfo.$Properties {
    }

    class FollowInfo {
        constructor(properties?: webcast.FollowInfo.$Properties);
        $unknowns?: Uint8Array[];
        followStatus: number;
        static encode(message: webcast.FollowInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.FollowInfo & webcast.FollowInfo.$Shape;
    }

    namespace FollowInfo {
        interface $Properties {
            followStatus?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.FollowInfo.$Properties;
    }

    interface IBadgeStruct extends webcast.BadgeStruct.$Properties {
    }

    class BadgeStruct {
        constructor(properties?: webcast.BadgeStruct.$Properties);
        $unknowns?: Uint8Array[];
        badgeScene: number;
        display: boolean;
        logExtra?: (webcast.PrivilegeLogExtra.$Properties|null);
        image?: (webcast.ImageBadge.$Properties|null);
        text?: (webcast.TextBadge.$Properties|null);
        str?: (webcast.StringBadge.$Properties|null);
        static encode(message: webcast.BadgeStruct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BadgeStruct & webcast.BadgeStruct.$Shape;
    }

    namespace BadgeStruct {
        interface $Properties {
            badgeScene?: (number|null);
            display?: (boolean|null);
            logExtra?: (webcast.PrivilegeLogExtra.$Properties|null);
            image?: (webcast.ImageBadge.$Properties|null);
            text?: (webcast.TextBadge.$Properties|null);
            str?: (webcast.StringBadge.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BadgeStruct.$Properties;
    }

    interface IPrivilegeLogExtra extends webcast.PrivilegeLogExtra.$Properties {
    }

    class PrivilegeLogExtra {
        constructor(properties?: webcast.PrivilegeLogExtra.$Properties);
        $unknowns?: Uint8Array[];
        privilegeId: string;
        level: string;
        static encode(message: webcast.PrivilegeLogExtra.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.PrivilegeLogExtra & webcast.PrivilegeLogExtra.$Shape;
    }

    namespace PrivilegeLogExtra {
        interface $Properties {
            privilegeId?: (string|null);
            level?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.PrivilegeLogExtra.$Properties;
    }

    interface IImageBadge extends webcast.ImageBadge.$Properties {
    }

    class ImageBadge {
        constructor(properties?: webcast.ImageBadge.$Properties);
        $unknowns?: Uint8Array[];
        image: Uint8Array;
        static encode(message: webcast.ImageBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.ImageBadge & webcast.ImageBadge.$Shape;
    }

    namespace ImageBadge {
        interface $Properties {
            image?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.ImageBadge.$Properties;
    }

    interface ITextBadge extends webcast.TextBadge.$Properties {
    }

    class TextBadge {
        constructor(properties?: webcast.TextBadge.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        defaultPattern: string;
        static encode(message: webcast.TextBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.TextBadge & webcast.TextBadge.$Shape;
    }

    namespace TextBadge {
        interface $Properties {
            key?: (string|null);
            defaultPattern?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.TextBadge.$Properties;
    }

    interface IStringBadge extends webcast.StringBadge.$Properties {
    }

    class StringBadge {
        constructor(properties?: webcast.StringBadge.$Properties);
        $unknowns?: Uint8Array[];
        str: string;
        static encode(message: webcast.StringBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.StringBadge & webcast.StringBadge.$Shape;
    }

    namespace StringBadge {
        interface $Properties {
            str?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.StringBadge.$Properties;
    }

    interface IWebcastChatMessage extends webcast.WebcastChatMessage.$Properties {
    }

    class WebcastChatMessage {
        constructor(properties?: webcast.WebcastChatMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        user: Uint8Array;
        comment: string;
        atUser: Uint8Array;
        emotes: Uint8Array[];
        contentLanguage: string;
        static encode(message: webcast.WebcastChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastChatMessage & webcast.WebcastChatMessage.$Shape;
    }

    namespace WebcastChatMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            user?: (Uint8Array|null);
            comment?: (string|null);
            atUser?: (Uint8Array|null);
            emotes?: (Uint8Array[]|null);
            contentLanguage?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastChatMessage.$Properties;
    }

    interface ISubEmote extends webcast.SubEmote.$Properties {
    }

    class SubEmote {
        constructor(properties?: webcast.SubEmote.$Properties);
        $unknowns?: Uint8Array[];
        placeInComment: number;
        emote?: (webcast.EmoteDetails.$Properties|null);
        static encode(message: webcast.SubEmote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.SubEmote & webcast.SubEmote.$Shape;
    }

    namespace SubEmote {
        interface $Properties {
            placeInComment?: (number|null);
            emote?: (webcast.EmoteDetails.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.SubEmote.$Properties;
    }

    interface IEmoteDetails extends webcast.EmoteDetails.$Properties {
    }

    class EmoteDetails {
        constructor(properties?: webcast.EmoteDetails.$Properties);
        $unknowns?: Uint8Array[];
        emoteId: string;
        image?: (webcast.Image.$Properties|null);
        static encode(message: webcast.EmoteDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.EmoteDetails & webcast.EmoteDetails.$Shape;
    }

    namespace EmoteDetails {
        interface $Properties {
            emoteId?: (string|null);
            image?: (webcast.Image.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.EmoteDetails.$Properties;
    }

    interface IWebcastGiftMessage extends webcast.WebcastGiftMessage.$Properties {
    }

    class WebcastGiftMessage {
        constructor(properties?: webcast.WebcastGiftMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        giftId: number;
        fanTicketCount: (number|Long);
        groupCount: number;
        repeatCount: number;
        comboCount: number;
        user: Uint8Array;
        toUser: Uint8Array;
        repeatEnd: number;
        groupId: (number|Long);
        giftDetails: Uint8Array;
        logId: string;
        static encode(message: webcast.WebcastGiftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastGiftMessage & webcast.WebcastGiftMessage.$Shape;
    }

    namespace WebcastGiftMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            giftId?: (number|null);
            fanTicketCount?: (number|Long|null);
            groupCount?: (number|null);
            repeatCount?: (number|null);
            comboCount?: (number|null);
            user?: (Uint8Array|null);
            toUser?: (Uint8Array|null);
            repeatEnd?: (number|null);
            groupId?: (number|Long|null);
            giftDetails?: (Uint8Array|null);
            logId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastGiftMessage.$Properties;
    }

    interface IGiftDetails extends webcast.GiftDetails.$Properties {
    }

    class GiftDetails {
        constructor(properties?: webcast.GiftDetails.$Properties);
        $unknowns?: Uint8Array[];
        giftImage?: (webcast.Image.$Properties|null);
        describe: string;
        id: (number|Long);
        combo: boolean;
        giftType: number;
        diamondCount: number;
        giftName: string;
        static encode(message: webcast.GiftDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.GiftDetails & webcast.GiftDetails.$Shape;
    }

    namespace GiftDetails {
        interface $Properties {
            giftImage?: (webcast.Image.$Properties|null);
            describe?: (string|null);
            id?: (number|Long|null);
            combo?: (boolean|null);
            giftType?: (number|null);
            diamondCount?: (number|null);
            giftName?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.GiftDetails.$Properties;
    }

    interface IWebcastLikeMessage extends webcast.WebcastLikeMessage.$Properties {
    }

    class WebcastLikeMessage {
        constructor(properties?: webcast.WebcastLikeMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        likeCount: number;
        totalLikeCount: number;
        user: Uint8Array;
        static encode(message: webcast.WebcastLikeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastLikeMessage & webcast.WebcastLikeMessage.$Shape;
    }

    namespace WebcastLikeMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            likeCount?: (number|null);
            totalLikeCount?: (number|null);
            user?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastLikeMessage.$Properties;
    }

    interface IWebcastMemberMessage extends webcast.WebcastMemberMessage.$Properties {
    }

    class WebcastMemberMessage {
        constructor(properties?: webcast.WebcastMemberMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        user: Uint8Array;
        memberCount: number;
        action: number;
        static encode(message: webcast.WebcastMemberMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastMemberMessage & webcast.WebcastMemberMessage.$Shape;
    }

    namespace WebcastMemberMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            user?: (Uint8Array|null);
            memberCount?: (number|null);
            action?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastMemberMessage.$Properties;
    }

    interface IWebcastSocialMessage extends webcast.WebcastSocialMessage.$Properties {
    }

    class WebcastSocialMessage {
        constructor(properties?: webcast.WebcastSocialMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        user: Uint8Array;
        shareType: (number|Long);
        action: (number|Long);
        shareTarget: string;
        followCount: number;
        shareCount: number;
        static encode(message: webcast.WebcastSocialMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastSocialMessage & webcast.WebcastSocialMessage.$Shape;
    }

    namespace WebcastSocialMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            user?: (Uint8Array|null);
            shareType?: (number|Long|null);
            action?: (number|Long|null);
            shareTarget?: (string|null);
            followCount?: (number|null);
            shareCount?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastSocialMessage.$Properties;
    }

    interface IWebcastRoomUserSeqMessage extends webcast.WebcastRoomUserSeqMessage.$Properties {
    }

    class WebcastRoomUserSeqMessage {
        constructor(properties?: webcast.WebcastRoomUserSeqMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        ranksList: Uint8Array[];
        viewerCount: number;
        popularity: (number|Long);
        totalUser: number;
        static encode(message: webcast.WebcastRoomUserSeqMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastRoomUserSeqMessage & webcast.WebcastRoomUserSeqMessage.$Shape;
    }

    namespace WebcastRoomUserSeqMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            ranksList?: (Uint8Array[]|null);
            viewerCount?: (number|null);
            popularity?: (number|Long|null);
            totalUser?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastRoomUserSeqMessage.$Properties;
    }

    interface IContributor extends webcast.Contributor.$Properties {
    }

    class Contributor {
        constructor(properties?: webcast.Contributor.$Properties);
        $unknowns?: Uint8Array[];
        coinCount: (number|Long);
        user: Uint8Array;
        rank: number;
        static encode(message: webcast.Contributor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.Contributor & webcast.Contributor.$Shape;
    }

    namespace Contributor {
        interface $Properties {
            coinCount?: (number|Long|null);
            user?: (Uint8Array|null);
            rank?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.Contributor.$Properties;
    }

    interface IWebcastQuestionNewMessage extends webcast.WebcastQuestionNewMessage.$Properties {
    }

    class WebcastQuestionNewMessage {
        constructor(properties?: webcast.WebcastQuestionNewMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        details: Uint8Array;
        static encode(message: webcast.WebcastQuestionNewMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastQuestionNewMessage & webcast.WebcastQuestionNewMessage.$Shape;
    }

    namespace WebcastQuestionNewMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            details?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastQuestionNewMessage.$Properties;
    }

    interface IQuestionDetails extends webcast.QuestionDetails.$Properties {
    }

    class QuestionDetails {
        constructor(properties?: webcast.QuestionDetails.$Properties);
        $unknowns?: Uint8Array[];
        questionId: (number|Long);
        questionText: string;
        user: Uint8Array;
        static encode(message: webcast.QuestionDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.QuestionDetails & webcast.QuestionDetails.$Shape;
    }

    namespace QuestionDetails {
        interface $Properties {
            questionId?: (number|Long|null);
            questionText?: (string|null);
            user?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.QuestionDetails.$Properties;
    }

    interface IWebcastControlMessage extends webcast.WebcastControlMessage.$Properties {
    }

    class WebcastControlMessage {
        constructor(properties?: webcast.WebcastControlMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        action: number;
        tips: string;
        static encode(message: webcast.WebcastControlMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastControlMessage & webcast.WebcastControlMessage.$Shape;
    }

    namespace WebcastControlMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            action?: (number|null);
            tips?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastControlMessage.$Properties;
    }

    interface IInt64BytesEntry extends webcast.Int64BytesEntry.$Properties {
    }

    class Int64BytesEntry {
        constructor(properties?: webcast.Int64BytesEntry.$Properties);
        $unknowns?: Uint8Array[];
        key: (number|Long);
        value: Uint8Array;
        static encode(message: webcast.Int64BytesEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.Int64BytesEntry & webcast.Int64BytesEntry.$Shape;
    }

    namespace Int64BytesEntry {
        interface $Properties {
            key?: (number|Long|null);
            value?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.Int64BytesEntry.$Properties;
    }

    interface IWebcastLinkMicBattle extends webcast.WebcastLinkMicBattle.$Properties {
    }

    class WebcastLinkMicBattle {
        constructor(properties?: webcast.WebcastLinkMicBattle.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        battleId: (number|Long);
        action: number;
        battleResult: webcast.Int64BytesEntry.$Properties[];
        anchorInfo: webcast.Int64BytesEntry.$Properties[];
        static encode(message: webcast.WebcastLinkMicBattle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastLinkMicBattle & webcast.WebcastLinkMicBattle.$Shape;
    }

    namespace WebcastLinkMicBattle {
        interface $Properties {
            common?: (Uint8Array|null);
            battleId?: (number|Long|null);
            action?: (number|null);
            battleResult?: (webcast.Int64BytesEntry.$Properties[]|null);
            anchorInfo?: (webcast.Int64BytesEntry.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastLinkMicBattle.$Properties;
    }

    interface IBattleResult extends webcast.BattleResult.$Properties {
    }

    class BattleResult {
        constructor(properties?: webcast.BattleResult.$Properties);
        $unknowns?: Uint8Array[];
        userId: (number|Long);
        result: number;
        score: (number|Long);
        static encode(message: webcast.BattleResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BattleResult & webcast.BattleResult.$Shape;
    }

    namespace BattleResult {
        interface $Properties {
            userId?: (number|Long|null);
            result?: (number|null);
            score?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BattleResult.$Properties;
    }

    interface IBattleUserInfo extends webcast.BattleUserInfo.$Properties {
    }

    class BattleUserInfo {
        constructor(properties?: webcast.BattleUserInfo.$Properties);
        $unknowns?: Uint8Array[];
        user?: (webcast.BattleUser.$Properties|null);
        static encode(message: webcast.BattleUserInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BattleUserInfo & webcast.BattleUserInfo.$Shape;
    }

    namespace BattleUserInfo {
        interface $Properties {
            user?: (webcast.BattleUser.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BattleUserInfo.$Properties;
    }

    interface IBattleUser extends webcast.BattleUser.$Properties {
    }

    class BattleUser {
        constructor(properties?: webcast.BattleUser.$Properties);
        $unknowns?: Uint8Array[];
        userId: (number|Long);
        nickName: string;
        avatarThumb?: (webcast.Image.$Properties|null);
        displayId: string;
        static encode(message: webcast.BattleUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BattleUser & webcast.BattleUser.$Shape;
    }

    namespace BattleUser {
        interface $Properties {
            userId?: (number|Long|null);
            nickName?: (string|null);
            avatarThumb?: (webcast.Image.$Properties|null);
            displayId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BattleUser.$Properties;
    }

    interface IWebcastLinkMicArmies extends webcast.WebcastLinkMicArmies.$Properties {
    }

    class WebcastLinkMicArmies {
        constructor(properties?: webcast.WebcastLinkMicArmies.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        battleId: (number|Long);
        battleItems: webcast.Int64BytesEntry.$Properties[];
        channelId: (number|Long);
        battleStatus: number;
        static encode(message: webcast.WebcastLinkMicArmies.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastLinkMicArmies & webcast.WebcastLinkMicArmies.$Shape;
    }

    namespace WebcastLinkMicArmies {
        interface $Properties {
            common?: (Uint8Array|null);
            battleId?: (number|Long|null);
            battleItems?: (webcast.Int64BytesEntry.$Properties[]|null);
            channelId?: (number|Long|null);
            battleStatus?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastLinkMicArmies.$Properties;
    }

    interface IBattleUserArmies extends webcast.BattleUserArmies.$Properties {
    }

    class BattleUserArmies {
        constructor(properties?: webcast.BattleUserArmies.$Properties);
        $unknowns?: Uint8Array[];
        userArmy: webcast.BattleUserArmy.$Properties[];
        hostScore: (number|Long);
        anchorIdStr: string;
        static encode(message: webcast.BattleUserArmies.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BattleUserArmies & webcast.BattleUserArmies.$Shape;
    }

    namespace BattleUserArmies {
        interface $Properties {
            userArmy?: (webcast.BattleUserArmy.$Properties[]|null);
            hostScore?: (number|Long|null);
            anchorIdStr?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BattleUserArmies.$Properties;
    }

    interface IBattleUserArmy extends webcast.BattleUserArmy.$Properties {
    }

    class BattleUserArmy {
        constructor(properties?: webcast.BattleUserArmy.$Properties);
        $unknowns?: Uint8Array[];
        userId: (number|Long);
        score: (number|Long);
        nickname: string;
        avatarThumb?: (webcast.Image.$Properties|null);
        diamondScore: (number|Long);
        userIdStr: string;
        static encode(message: webcast.BattleUserArmy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.BattleUserArmy & webcast.BattleUserArmy.$Shape;
    }

    namespace BattleUserArmy {
        interface $Properties {
            userId?: (number|Long|null);
            score?: (number|Long|null);
            nickname?: (string|null);
            avatarThumb?: (webcast.Image.$Properties|null);
            diamondScore?: (number|Long|null);
            userIdStr?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.BattleUserArmy.$Properties;
    }

    interface IWebcastRoomMessage extends webcast.WebcastRoomMessage.$Properties {
    }

    class WebcastRoomMessage {
        constructor(properties?: webcast.WebcastRoomMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        content: string;
        source: (number|Long);
        static encode(message: webcast.WebcastRoomMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastRoomMessage & webcast.WebcastRoomMessage.$Shape;
    }

    namespace WebcastRoomMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            content?: (string|null);
            source?: (number|Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastRoomMessage.$Properties;
    }

    interface IWebcastLiveIntroMessage extends webcast.WebcastLiveIntroMessage.$Properties {
    }

    class WebcastLiveIntroMessage {
        constructor(properties?: webcast.WebcastLiveIntroMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        roomId: (number|Long);
        auditStatus: number;
        content: string;
        host: Uint8Array;
        language: string;
        static encode(message: webcast.WebcastLiveIntroMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastLiveIntroMessage & webcast.WebcastLiveIntroMessage.$Shape;
    }

    namespace WebcastLiveIntroMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            roomId?: (number|Long|null);
            auditStatus?: (number|null);
            content?: (string|null);
            host?: (Uint8Array|null);
            language?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastLiveIntroMessage.$Properties;
    }

    interface IWebcastEmoteChatMessage extends webcast.WebcastEmoteChatMessage.$Properties {
    }

    class WebcastEmoteChatMessage {
        constructor(properties?: webcast.WebcastEmoteChatMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        user: Uint8Array;
        emoteList: Uint8Array[];
        static encode(message: webcast.WebcastEmoteChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastEmoteChatMessage & webcast.WebcastEmoteChatMessage.$Shape;
    }

    namespace WebcastEmoteChatMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            user?: (Uint8Array|null);
            emoteList?: (Uint8Array[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastEmoteChatMessage.$Properties;
    }

    interface IEmote extends webcast.Emote.$Properties {
    }

    class Emote {
        constructor(properties?: webcast.Emote.$Properties);
        $unknowns?: Uint8Array[];
        emoteId: string;
        image?: (webcast.Image.$Properties|null);
        static encode(message: webcast.Emote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.Emote & webcast.Emote.$Shape;
    }

    namespace Emote {
        interface $Properties {
            emoteId?: (string|null);
            image?: (webcast.Image.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.Emote.$Properties;
    }

    interface IWebcastEnvelopeMessage extends webcast.WebcastEnvelopeMessage.$Properties {
    }

    class WebcastEnvelopeMessage {
        constructor(properties?: webcast.WebcastEnvelopeMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        display: number;
        static encode(message: webcast.WebcastEnvelopeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastEnvelopeMessage & webcast.WebcastEnvelopeMessage.$Shape;
    }

    namespace WebcastEnvelopeMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            display?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastEnvelopeMessage.$Properties;
    }

    interface IWebcastSubNotifyMessage extends webcast.WebcastSubNotifyMessage.$Properties {
    }

    class WebcastSubNotifyMessage {
        constructor(properties?: webcast.WebcastSubNotifyMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        user: Uint8Array;
        exhibitionType: number;
        subMonth: (number|Long);
        subscribeType: number;
        oldSubscribeStatus: number;
        subscribingStatus: number;
        static encode(message: webcast.WebcastSubNotifyMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastSubNotifyMessage & webcast.WebcastSubNotifyMessage.$Shape;
    }

    namespace WebcastSubNotifyMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            user?: (Uint8Array|null);
            exhibitionType?: (number|null);
            subMonth?: (number|Long|null);
            subscribeType?: (number|null);
            oldSubscribeStatus?: (number|null);
            subscribingStatus?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastSubNotifyMessage.$Properties;
    }

    interface IWebcastInRoomBannerMessage extends webcast.WebcastInRoomBannerMessage.$Properties {
    }

    class WebcastInRoomBannerMessage {
        constructor(properties?: webcast.WebcastInRoomBannerMessage.$Properties);
        $unknowns?: Uint8Array[];
        common: Uint8Array;
        static encode(message: webcast.WebcastInRoomBannerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): webcast.WebcastInRoomBannerMessage & webcast.WebcastInRoomBannerMessage.$Shape;
    }

    namespace WebcastInRoomBannerMessage {
        interface $Properties {
            common?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = webcast.WebcastInRoomBannerMessage.$Properties;
    }
}
