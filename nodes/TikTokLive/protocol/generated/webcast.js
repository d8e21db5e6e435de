/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["tiktokLiveWebcast"] || ($protobuf.roots["tiktokLiveWebcast"] = {});

$root.webcast = (function() {

    /**
     * Namespace webcast.
     * @exports webcast
     * @namespace
     */
    var webcast = {};

    webcast.WebcastPushFrame = (function() {

        /**
         * Properties of a WebcastPushFrame.
         * @typedef {Object} webcast.WebcastPushFrame.$Properties
         * @property {number|Long|null} [seqId] WebcastPushFrame seqId
         * @property {number|Long|null} [logId] WebcastPushFrame logId
         * @property {number|Long|null} [service] WebcastPushFrame service
         * @property {number|Long|null} [method] WebcastPushFrame method
         * @property {Object.<string,string>|null} [headers] WebcastPushFrame headers
         * @property {string|null} [payloadEncoding] WebcastPushFrame payloadEncoding
         * @property {string|null} [payloadType] WebcastPushFrame payloadType
         * @property {Uint8Array|null} [payload] WebcastPushFrame payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastPushFrame.
         * @memberof webcast
         * @interface IWebcastPushFrame
         * @augments webcast.WebcastPushFrame.$Properties
         * @deprecated Use webcast.WebcastPushFrame.$Properties instead.
         */

        /**
         * Shape of a WebcastPushFrame.
         * @typedef {webcast.WebcastPushFrame.$Properties} webcast.WebcastPushFrame.$Shape
         */

        /**
         * Constructs a new WebcastPushFrame.
         * @memberof webcast
         * @classdesc Represents a WebcastPushFrame.
         * @constructor
         * @param {webcast.WebcastPushFrame.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastPushFrame = function (properties) {
            this.headers = {};
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastPushFrame seqId.
         * @member {number|Long} seqId
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.seqId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastPushFrame logId.
         * @member {number|Long} logId
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.logId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastPushFrame service.
         * @member {number|Long} service
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.service = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastPushFrame method.
         * @member {number|Long} method
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.method = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastPushFrame headers.
         * @member {Object.<string,string>} headers
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.headers = $util.emptyObject;

        /**
         * WebcastPushFrame payloadEncoding.
         * @member {string} payloadEncoding
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.payloadEncoding = "";

        /**
         * WebcastPushFrame payloadType.
         * @member {string} payloadType
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.payloadType = "";

        /**
         * WebcastPushFrame payload.
         * @member {Uint8Array} payload
         * @memberof webcast.WebcastPushFrame
         * @instance
         */
        WebcastPushFrame.prototype.payload = $util.newBuffer([]);

        /**
         * Encodes the specified WebcastPushFrame message. Does not implicitly {@link webcast.WebcastPushFrame.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastPushFrame
         * @static
         * @param {webcast.WebcastPushFrame.$Properties} message WebcastPushFrame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastPushFrame.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seqId != null && $Object.hasOwnProperty.call(message, "seqId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seqId);
            if (message.logId != null && $Object.hasOwnProperty.call(message, "logId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.logId);
            if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.service);
            if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.method);
            if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                for (var keys = $Object.keys(message.headers), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.headers[keys[i]]).ldelim();
            if (message.payloadEncoding != null && $Object.hasOwnProperty.call(message, "payloadEncoding"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.payloadEncoding);
            if (message.payloadType != null && $Object.hasOwnProperty.call(message, "payloadType"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.payloadType);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastPushFrame message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastPushFrame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastPushFrame & webcast.WebcastPushFrame.$Shape} WebcastPushFrame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastPushFrame.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastPushFrame();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.seqId = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.logId = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.service = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.method = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (message.headers === $util.emptyObject)
                            message.headers = {};
                        var end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            var tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.string();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.string();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.headers, key);
                        message.headers[key] = value;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.payloadEncoding = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.payloadType = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.payload = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastPushFrame;
    })();

    webcast.ProtoMessageFetchResult = (function() {

        /**
         * Properties of a ProtoMessageFetchResult.
         * @typedef {Object} webcast.ProtoMessageFetchResult.$Properties
         * @property {Array.<webcast.BaseProtoMessage.$Properties>|null} [messages] ProtoMessageFetchResult messages
         * @property {string|null} [cursor] ProtoMessageFetchResult cursor
         * @property {number|Long|null} [fetchInterval] ProtoMessageFetchResult fetchInterval
         * @property {number|Long|null} [now] ProtoMessageFetchResult now
         * @property {string|null} [internalExt] ProtoMessageFetchResult internalExt
         * @property {number|null} [fetchType] ProtoMessageFetchResult fetchType
         * @property {Object.<string,string>|null} [routeParams] ProtoMessageFetchResult routeParams
         * @property {number|Long|null} [heartBeatDuration] ProtoMessageFetchResult heartBeatDuration
         * @property {boolean|null} [needAck] ProtoMessageFetchResult needAck
         * @property {string|null} [pushServer] ProtoMessageFetchResult pushServer
         * @property {boolean|null} [isFirst] ProtoMessageFetchResult isFirst
         * @property {string|null} [historyCommentCursor] ProtoMessageFetchResult historyCommentCursor
         * @property {boolean|null} [historyNoMore] ProtoMessageFetchResult historyNoMore
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProtoMessageFetchResult.
         * @memberof webcast
         * @interface IProtoMessageFetchResult
         * @augments webcast.ProtoMessageFetchResult.$Properties
         * @deprecated Use webcast.ProtoMessageFetchResult.$Properties instead.
         */

        /**
         * Shape of a ProtoMessageFetchResult.
         * @typedef {webcast.ProtoMessageFetchResult.$Properties} webcast.ProtoMessageFetchResult.$Shape
         */

        /**
         * Constructs a new ProtoMessageFetchResult.
         * @memberof webcast
         * @classdesc Represents a ProtoMessageFetchResult.
         * @constructor
         * @param {webcast.ProtoMessageFetchResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ProtoMessageFetchResult = function (properties) {
            this.messages = [];
            this.routeParams = {};
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProtoMessageFetchResult messages.
         * @member {Array.<webcast.BaseProtoMessage.$Properties>} messages
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.messages = $util.emptyArray;

        /**
         * ProtoMessageFetchResult cursor.
         * @member {string} cursor
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.cursor = "";

        /**
         * ProtoMessageFetchResult fetchInterval.
         * @member {number|Long} fetchInterval
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.fetchInterval = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ProtoMessageFetchResult now.
         * @member {number|Long} now
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.now = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ProtoMessageFetchResult internalExt.
         * @member {string} internalExt
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.internalExt = "";

        /**
         * ProtoMessageFetchResult fetchType.
         * @member {number} fetchType
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.fetchType = 0;

        /**
         * ProtoMessageFetchResult routeParams.
         * @member {Object.<string,string>} routeParams
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.routeParams = $util.emptyObject;

        /**
         * ProtoMessageFetchResult heartBeatDuration.
         * @member {number|Long} heartBeatDuration
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.heartBeatDuration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ProtoMessageFetchResult needAck.
         * @member {boolean} needAck
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.needAck = false;

        /**
         * ProtoMessageFetchResult pushServer.
         * @member {string} pushServer
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.pushServer = "";

        /**
         * ProtoMessageFetchResult isFirst.
         * @member {boolean} isFirst
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.isFirst = false;

        /**
         * ProtoMessageFetchResult historyCommentCursor.
         * @member {string} historyCommentCursor
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.historyCommentCursor = "";

        /**
         * ProtoMessageFetchResult historyNoMore.
         * @member {boolean} historyNoMore
         * @memberof webcast.ProtoMessageFetchResult
         * @instance
         */
        ProtoMessageFetchResult.prototype.historyNoMore = false;

        /**
         * Encodes the specified ProtoMessageFetchResult message. Does not implicitly {@link webcast.ProtoMessageFetchResult.verify|verify} messages.
         * @function encode
         * @memberof webcast.ProtoMessageFetchResult
         * @static
         * @param {webcast.ProtoMessageFetchResult.$Properties} message ProtoMessageFetchResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProtoMessageFetchResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (var i = 0; i < message.messages.length; ++i)
                    $root.webcast.BaseProtoMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.cursor);
            if (message.fetchInterval != null && $Object.hasOwnProperty.call(message, "fetchInterval"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.fetchInterval);
            if (message.now != null && $Object.hasOwnProperty.call(message, "now"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.now);
            if (message.internalExt != null && $Object.hasOwnProperty.call(message, "internalExt"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.internalExt);
            if (message.fetchType != null && $Object.hasOwnProperty.call(message, "fetchType"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.fetchType);
            if (message.routeParams != null && $Object.hasOwnProperty.call(message, "routeParams"))
                for (var keys = $Object.keys(message.routeParams), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.routeParams[keys[i]]).ldelim();
            if (message.heartBeatDuration != null && $Object.hasOwnProperty.call(message, "heartBeatDuration"))
                writer.uint32(/* id 8, wireType 0 =*/64).int64(message.heartBeatDuration);
            if (message.needAck != null && $Object.hasOwnProperty.call(message, "needAck"))
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.needAck);
            if (message.pushServer != null && $Object.hasOwnProperty.call(message, "pushServer"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.pushServer);
            if (message.isFirst != null && $Object.hasOwnProperty.call(message, "isFirst"))
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.isFirst);
            if (message.historyCommentCursor != null && $Object.hasOwnProperty.call(message, "historyCommentCursor"))
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.historyCommentCursor);
            if (message.historyNoMore != null && $Object.hasOwnProperty.call(message, "historyNoMore"))
                writer.uint32(/* id 13, wireType 0 =*/104).bool(message.historyNoMore);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProtoMessageFetchResult message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.ProtoMessageFetchResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.ProtoMessageFetchResult & webcast.ProtoMessageFetchResult.$Shape} ProtoMessageFetchResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProtoMessageFetchResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.ProtoMessageFetchResult();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.webcast.BaseProtoMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.cursor = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.fetchInterval = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.now = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.internalExt = reader.string();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.fetchType = reader.int32();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (message.routeParams === $util.emptyObject)
                            message.routeParams = {};
                        var end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            var tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.string();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.string();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.routeParams, key);
                        message.routeParams[key] = value;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.heartBeatDuration = reader.int64();
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        message.needAck = reader.bool();
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.pushServer = reader.string();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.isFirst = reader.bool();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.historyCommentCursor = reader.string();
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        message.historyNoMore = reader.bool();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ProtoMessageFetchResult;
    })();

    webcast.ProtoMessageFetchResultView = (function() {

        /**
         * Properties of a ProtoMessageFetchResultView.
         * @typedef {Object} webcast.ProtoMessageFetchResultView.$Properties
         * @property {Array.<Uint8Array>|null} [messages] ProtoMessageFetchResultView messages
         * @property {string|null} [cursor] ProtoMessageFetchResultView cursor
         * @property {number|Long|null} [fetchInterval] ProtoMessageFetchResultView fetchInterval
         * @property {number|Long|null} [now] ProtoMessageFetchResultView now
         * @property {string|null} [internalExt] ProtoMessageFetchResultView internalExt
         * @property {Object.<string,string>|null} [routeParams] ProtoMessageFetchResultView routeParams
         * @property {number|Long|null} [heartBeatDuration] ProtoMessageFetchResultView heartBeatDuration
         * @property {boolean|null} [needAck] ProtoMessageFetchResultView needAck
         * @property {string|null} [pushServer] ProtoMessageFetchResultView pushServer
         * @property {boolean|null} [isFirst] ProtoMessageFetchResultView isFirst
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProtoMessageFetchResultView.
         * @memberof webcast
         * @interface IProtoMessageFetchResultView
         * @augments webcast.ProtoMessageFetchResultView.$Properties
         * @deprecated Use webcast.ProtoMessageFetchResultView.$Properties instead.
         */

        /**
         * Shape of a ProtoMessageFetchResultView.
         * @typedef {webcast.ProtoMessageFetchResultView.$Properties} webcast.ProtoMessageFetchResultView.$Shape
         */

        /**
         * Constructs a new ProtoMessageFetchResultView.
         * @memberof webcast
         * @classdesc Represents a ProtoMessageFetchResultView.
         * @constructor
         * @param {webcast.ProtoMessageFetchResultView.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ProtoMessageFetchResultView = function (properties) {
            this.messages = [];
            this.routeParams = {};
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProtoMessageFetchResultView messages.
         * @member {Array.<Uint8Array>} messages
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.messages = $util.emptyArray;

        /**
         * ProtoMessageFetchResultView cursor.
         * @member {string} cursor
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.cursor = "";

        /**
         * ProtoMessageFetchResultView fetchInterval.
         * @member {number|Long} fetchInterval
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.fetchInterval = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ProtoMessageFetchResultView now.
         * @member {number|Long} now
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.now = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ProtoMessageFetchResultView internalExt.
         * @member {string} internalExt
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.internalExt = "";

        /**
         * ProtoMessageFetchResultView routeParams.
         * @member {Object.<string,string>} routeParams
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.routeParams = $util.emptyObject;

        /**
         * ProtoMessageFetchResultView heartBeatDuration.
         * @member {number|Long} heartBeatDuration
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.heartBeatDuration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ProtoMessageFetchResultView needAck.
         * @member {boolean} needAck
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.needAck = false;

        /**
         * ProtoMessageFetchResultView pushServer.
         * @member {string} pushServer
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.pushServer = "";

        /**
         * ProtoMessageFetchResultView isFirst.
         * @member {boolean} isFirst
         * @memberof webcast.ProtoMessageFetchResultView
         * @instance
         */
        ProtoMessageFetchResultView.prototype.isFirst = false;

        /**
         * Encodes the specified ProtoMessageFetchResultView message. Does not implicitly {@link webcast.ProtoMessageFetchResultView.verify|verify} messages.
         * @function encode
         * @memberof webcast.ProtoMessageFetchResultView
         * @static
         * @param {webcast.ProtoMessageFetchResultView.$Properties} message ProtoMessageFetchResultView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProtoMessageFetchResultView.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (var i = 0; i < message.messages.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.messages[i]);
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.cursor);
            if (message.fetchInterval != null && $Object.hasOwnProperty.call(message, "fetchInterval"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.fetchInterval);
            if (message.now != null && $Object.hasOwnProperty.call(message, "now"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.now);
            if (message.internalExt != null && $Object.hasOwnProperty.call(message, "internalExt"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.internalExt);
            if (message.routeParams != null && $Object.hasOwnProperty.call(message, "routeParams"))
                for (var keys = $Object.keys(message.routeParams), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.routeParams[keys[i]]).ldelim();
            if (message.heartBeatDuration != null && $Object.hasOwnProperty.call(message, "heartBeatDuration"))
                writer.uint32(/* id 8, wireType 0 =*/64).int64(message.heartBeatDuration);
            if (message.needAck != null && $Object.hasOwnProperty.call(message, "needAck"))
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.needAck);
            if (message.pushServer != null && $Object.hasOwnProperty.call(message, "pushServer"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.pushServer);
            if (message.isFirst != null && $Object.hasOwnProperty.call(message, "isFirst"))
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.isFirst);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProtoMessageFetchResultView message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.ProtoMessageFetchResultView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.ProtoMessageFetchResultView & webcast.ProtoMessageFetchResultView.$Shape} ProtoMessageFetchResultView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProtoMessageFetchResultView.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.ProtoMessageFetchResultView();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push(reader.bytes());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.cursor = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.fetchInterval = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.now = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.internalExt = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (message.routeParams === $util.emptyObject)
                            message.routeParams = {};
                        var end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            var tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.string();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.string();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.routeParams, key);
                        message.routeParams[key] = value;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.heartBeatDuration = reader.int64();
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        message.needAck = reader.bool();
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.pushServer = reader.string();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.isFirst = reader.bool();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ProtoMessageFetchResultView;
    })();

    webcast.BaseProtoMessage = (function() {

        /**
         * Properties of a BaseProtoMessage.
         * @typedef {Object} webcast.BaseProtoMessage.$Properties
         * @property {string|null} [method] BaseProtoMessage method
         * @property {Uint8Array|null} [payload] BaseProtoMessage payload
         * @property {number|Long|null} [msgId] BaseProtoMessage msgId
         * @property {number|null} [msgType] BaseProtoMessage msgType
         * @property {number|Long|null} [offset] BaseProtoMessage offset
         * @property {boolean|null} [isHistory] BaseProtoMessage isHistory
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BaseProtoMessage.
         * @memberof webcast
         * @interface IBaseProtoMessage
         * @augments webcast.BaseProtoMessage.$Properties
         * @deprecated Use webcast.BaseProtoMessage.$Properties instead.
         */

        /**
         * Shape of a BaseProtoMessage.
         * @typedef {webcast.BaseProtoMessage.$Properties} webcast.BaseProtoMessage.$Shape
         */

        /**
         * Constructs a new BaseProtoMessage.
         * @memberof webcast
         * @classdesc Represents a BaseProtoMessage.
         * @constructor
         * @param {webcast.BaseProtoMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BaseProtoMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BaseProtoMessage method.
         * @member {string} method
         * @memberof webcast.BaseProtoMessage
         * @instance
         */
        BaseProtoMessage.prototype.method = "";

        /**
         * BaseProtoMessage payload.
         * @member {Uint8Array} payload
         * @memberof webcast.BaseProtoMessage
         * @instance
         */
        BaseProtoMessage.prototype.payload = $util.newBuffer([]);

        /**
         * BaseProtoMessage msgId.
         * @member {number|Long} msgId
         * @memberof webcast.BaseProtoMessage
         * @instance
         */
        BaseProtoMessage.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BaseProtoMessage msgType.
         * @member {number} msgType
         * @memberof webcast.BaseProtoMessage
         * @instance
         */
        BaseProtoMessage.prototype.msgType = 0;

        /**
         * BaseProtoMessage offset.
         * @member {number|Long} offset
         * @memberof webcast.BaseProtoMessage
         * @instance
         */
        BaseProtoMessage.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BaseProtoMessage isHistory.
         * @member {boolean} isHistory
         * @memberof webcast.BaseProtoMessage
         * @instance
         */
        BaseProtoMessage.prototype.isHistory = false;

        /**
         * Encodes the specified BaseProtoMessage message. Does not implicitly {@link webcast.BaseProtoMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.BaseProtoMessage
         * @static
         * @param {webcast.BaseProtoMessage.$Properties} message BaseProtoMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BaseProtoMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.msgId);
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.msgType);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.offset);
            if (message.isHistory != null && $Object.hasOwnProperty.call(message, "isHistory"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.isHistory);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BaseProtoMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BaseProtoMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BaseProtoMessage & webcast.BaseProtoMessage.$Shape} BaseProtoMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BaseProtoMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BaseProtoMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.method = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.payload = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.msgId = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.msgType = reader.int32();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.offset = reader.int64();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.isHistory = reader.bool();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BaseProtoMessage;
    })();

    webcast.HeartbeatMessage = (function() {

        /**
         * Properties of a HeartbeatMessage.
         * @typedef {Object} webcast.HeartbeatMessage.$Properties
         * @property {number|Long|null} [roomId] HeartbeatMessage roomId
         * @property {number|Long|null} [sendPacketSeqId] HeartbeatMessage sendPacketSeqId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HeartbeatMessage.
         * @memberof webcast
         * @interface IHeartbeatMessage
         * @augments webcast.HeartbeatMessage.$Properties
         * @deprecated Use webcast.HeartbeatMessage.$Properties instead.
         */

        /**
         * Shape of a HeartbeatMessage.
         * @typedef {webcast.HeartbeatMessage.$Properties} webcast.HeartbeatMessage.$Shape
         */

        /**
         * Constructs a new HeartbeatMessage.
         * @memberof webcast
         * @classdesc Represents a HeartbeatMessage.
         * @constructor
         * @param {webcast.HeartbeatMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var HeartbeatMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HeartbeatMessage roomId.
         * @member {number|Long} roomId
         * @memberof webcast.HeartbeatMessage
         * @instance
         */
        HeartbeatMessage.prototype.roomId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * HeartbeatMessage sendPacketSeqId.
         * @member {number|Long} sendPacketSeqId
         * @memberof webcast.HeartbeatMessage
         * @instance
         */
        HeartbeatMessage.prototype.sendPacketSeqId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified HeartbeatMessage message. Does not implicitly {@link webcast.HeartbeatMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.HeartbeatMessage
         * @static
         * @param {webcast.HeartbeatMessage.$Properties} message HeartbeatMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.roomId);
            if (message.sendPacketSeqId != null && $Object.hasOwnProperty.call(message, "sendPacketSeqId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sendPacketSeqId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a HeartbeatMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.HeartbeatMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.HeartbeatMessage & webcast.HeartbeatMessage.$Shape} HeartbeatMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.HeartbeatMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.roomId = reader.uint64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.sendPacketSeqId = reader.uint64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return HeartbeatMessage;
    })();

    webcast.WebcastImEnterRoomMessage = (function() {

        /**
         * Properties of a WebcastImEnterRoomMessage.
         * @typedef {Object} webcast.WebcastImEnterRoomMessage.$Properties
         * @property {number|Long|null} [roomId] WebcastImEnterRoomMessage roomId
         * @property {string|null} [roomTag] WebcastImEnterRoomMessage roomTag
         * @property {string|null} [liveRegion] WebcastImEnterRoomMessage liveRegion
         * @property {number|Long|null} [liveId] WebcastImEnterRoomMessage liveId
         * @property {string|null} [identity] WebcastImEnterRoomMessage identity
         * @property {string|null} [cursor] WebcastImEnterRoomMessage cursor
         * @property {number|Long|null} [accountType] WebcastImEnterRoomMessage accountType
         * @property {number|Long|null} [enterUniqueId] WebcastImEnterRoomMessage enterUniqueId
         * @property {string|null} [filterWelcomeMsg] WebcastImEnterRoomMessage filterWelcomeMsg
         * @property {boolean|null} [isAnchorContinueKeepMsg] WebcastImEnterRoomMessage isAnchorContinueKeepMsg
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastImEnterRoomMessage.
         * @memberof webcast
         * @interface IWebcastImEnterRoomMessage
         * @augments webcast.WebcastImEnterRoomMessage.$Properties
         * @deprecated Use webcast.WebcastImEnterRoomMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastImEnterRoomMessage.
         * @typedef {webcast.WebcastImEnterRoomMessage.$Properties} webcast.WebcastImEnterRoomMessage.$Shape
         */

        /**
         * Constructs a new WebcastImEnterRoomMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastImEnterRoomMessage.
         * @constructor
         * @param {webcast.WebcastImEnterRoomMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastImEnterRoomMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastImEnterRoomMessage roomId.
         * @member {number|Long} roomId
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.roomId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastImEnterRoomMessage roomTag.
         * @member {string} roomTag
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.roomTag = "";

        /**
         * WebcastImEnterRoomMessage liveRegion.
         * @member {string} liveRegion
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.liveRegion = "";

        /**
         * WebcastImEnterRoomMessage liveId.
         * @member {number|Long} liveId
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.liveId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastImEnterRoomMessage identity.
         * @member {string} identity
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.identity = "";

        /**
         * WebcastImEnterRoomMessage cursor.
         * @member {string} cursor
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.cursor = "";

        /**
         * WebcastImEnterRoomMessage accountType.
         * @member {number|Long} accountType
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.accountType = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastImEnterRoomMessage enterUniqueId.
         * @member {number|Long} enterUniqueId
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.enterUniqueId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastImEnterRoomMessage filterWelcomeMsg.
         * @member {string} filterWelcomeMsg
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.filterWelcomeMsg = "";

        /**
         * WebcastImEnterRoomMessage isAnchorContinueKeepMsg.
         * @member {boolean} isAnchorContinueKeepMsg
         * @memberof webcast.WebcastImEnterRoomMessage
         * @instance
         */
        WebcastImEnterRoomMessage.prototype.isAnchorContinueKeepMsg = false;

        /**
         * Encodes the specified WebcastImEnterRoomMessage message. Does not implicitly {@link webcast.WebcastImEnterRoomMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastImEnterRoomMessage
         * @static
         * @param {webcast.WebcastImEnterRoomMessage.$Properties} message WebcastImEnterRoomMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastImEnterRoomMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.roomId);
            if (message.roomTag != null && $Object.hasOwnProperty.call(message, "roomTag"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.roomTag);
            if (message.liveRegion != null && $Object.hasOwnProperty.call(message, "liveRegion"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.liveRegion);
            if (message.liveId != null && $Object.hasOwnProperty.call(message, "liveId"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.liveId);
            if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.identity);
            if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.cursor);
            if (message.accountType != null && $Object.hasOwnProperty.call(message, "accountType"))
                writer.uint32(/* id 7, wireType 0 =*/56).int64(message.accountType);
            if (message.enterUniqueId != null && $Object.hasOwnProperty.call(message, "enterUniqueId"))
                writer.uint32(/* id 8, wireType 0 =*/64).int64(message.enterUniqueId);
            if (message.filterWelcomeMsg != null && $Object.hasOwnProperty.call(message, "filterWelcomeMsg"))
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.filterWelcomeMsg);
            if (message.isAnchorContinueKeepMsg != null && $Object.hasOwnProperty.call(message, "isAnchorContinueKeepMsg"))
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.isAnchorContinueKeepMsg);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastImEnterRoomMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastImEnterRoomMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastImEnterRoomMessage & webcast.WebcastImEnterRoomMessage.$Shape} WebcastImEnterRoomMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastImEnterRoomMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastImEnterRoomMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.roomId = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.roomTag = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.liveRegion = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.liveId = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.identity = reader.string();
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.cursor = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        message.accountType = reader.int64();
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.enterUniqueId = reader.int64();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.filterWelcomeMsg = reader.string();
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.isAnchorContinueKeepMsg = reader.bool();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastImEnterRoomMessage;
    })();

    webcast.CommonMessageData = (function() {

        /**
         * Properties of a CommonMessageData.
         * @typedef {Object} webcast.CommonMessageData.$Properties
         * @property {string|null} [method] CommonMessageData method
         * @property {number|Long|null} [msgId] CommonMessageData msgId
         * @property {number|Long|null} [roomId] CommonMessageData roomId
         * @property {number|Long|null} [createTime] CommonMessageData createTime
         * @property {string|null} [describe] CommonMessageData describe
         * @property {Uint8Array|null} [displayText] CommonMessageData displayText
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CommonMessageData.
         * @memberof webcast
         * @interface ICommonMessageData
         * @augments webcast.CommonMessageData.$Properties
         * @deprecated Use webcast.CommonMessageData.$Properties instead.
         */

        /**
         * Shape of a CommonMessageData.
         * @typedef {webcast.CommonMessageData.$Properties} webcast.CommonMessageData.$Shape
         */

        /**
         * Constructs a new CommonMessageData.
         * @memberof webcast
         * @classdesc Represents a CommonMessageData.
         * @constructor
         * @param {webcast.CommonMessageData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var CommonMessageData = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CommonMessageData method.
         * @member {string} method
         * @memberof webcast.CommonMessageData
         * @instance
         */
        CommonMessageData.prototype.method = "";

        /**
         * CommonMessageData msgId.
         * @member {number|Long} msgId
         * @memberof webcast.CommonMessageData
         * @instance
         */
        CommonMessageData.prototype.msgId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * CommonMessageData roomId.
         * @member {number|Long} roomId
         * @memberof webcast.CommonMessageData
         * @instance
         */
        CommonMessageData.prototype.roomId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * CommonMessageData createTime.
         * @member {number|Long} createTime
         * @memberof webcast.CommonMessageData
         * @instance
         */
        CommonMessageData.prototype.createTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * CommonMessageData describe.
         * @member {string} describe
         * @memberof webcast.CommonMessageData
         * @instance
         */
        CommonMessageData.prototype.describe = "";

        /**
         * CommonMessageData displayText.
         * @member {Uint8Array} displayText
         * @memberof webcast.CommonMessageData
         * @instance
         */
        CommonMessageData.prototype.displayText = $util.newBuffer([]);

        /**
         * Encodes the specified CommonMessageData message. Does not implicitly {@link webcast.CommonMessageData.verify|verify} messages.
         * @function encode
         * @memberof webcast.CommonMessageData
         * @static
         * @param {webcast.CommonMessageData.$Properties} message CommonMessageData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommonMessageData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
            if (message.msgId != null && $Object.hasOwnProperty.call(message, "msgId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.msgId);
            if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.roomId);
            if (message.createTime != null && $Object.hasOwnProperty.call(message, "createTime"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createTime);
            if (message.describe != null && $Object.hasOwnProperty.call(message, "describe"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.describe);
            if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.displayText);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CommonMessageData message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.CommonMessageData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.CommonMessageData & webcast.CommonMessageData.$Shape} CommonMessageData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommonMessageData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.CommonMessageData();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.method = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.msgId = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.roomId = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.createTime = reader.int64();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.describe = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.displayText = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return CommonMessageData;
    })();

    webcast.Text = (function() {

        /**
         * Properties of a Text.
         * @typedef {Object} webcast.Text.$Properties
         * @property {string|null} [key] Text key
         * @property {string|null} [defaultPattern] Text defaultPattern
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Text.
         * @memberof webcast
         * @interface IText
         * @augments webcast.Text.$Properties
         * @deprecated Use webcast.Text.$Properties instead.
         */

        /**
         * Shape of a Text.
         * @typedef {webcast.Text.$Properties} webcast.Text.$Shape
         */

        /**
         * Constructs a new Text.
         * @memberof webcast
         * @classdesc Represents a Text.
         * @constructor
         * @param {webcast.Text.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Text = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Text key.
         * @member {string} key
         * @memberof webcast.Text
         * @instance
         */
        Text.prototype.key = "";

        /**
         * Text defaultPattern.
         * @member {string} defaultPattern
         * @memberof webcast.Text
         * @instance
         */
        Text.prototype.defaultPattern = "";

        /**
         * Encodes the specified Text message. Does not implicitly {@link webcast.Text.verify|verify} messages.
         * @function encode
         * @memberof webcast.Text
         * @static
         * @param {webcast.Text.$Properties} message Text message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Text.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.defaultPattern != null && $Object.hasOwnProperty.call(message, "defaultPattern"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.defaultPattern);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Text message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.Text
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.Text & webcast.Text.$Shape} Text
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Text.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.Text();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.key = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.defaultPattern = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Text;
    })();

    webcast.Image = (function() {

        /**
         * Properties of an Image.
         * @typedef {Object} webcast.Image.$Properties
         * @property {Array.<string>|null} [url] Image url
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Image.
         * @memberof webcast
         * @interface IImage
         * @augments webcast.Image.$Properties
         * @deprecated Use webcast.Image.$Properties instead.
         */

        /**
         * Shape of an Image.
         * @typedef {webcast.Image.$Properties} webcast.Image.$Shape
         */

        /**
         * Constructs a new Image.
         * @memberof webcast
         * @classdesc Represents an Image.
         * @constructor
         * @param {webcast.Image.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Image = function (properties) {
            this.url = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Image url.
         * @member {Array.<string>} url
         * @memberof webcast.Image
         * @instance
         */
        Image.prototype.url = $util.emptyArray;

        /**
         * Encodes the specified Image message. Does not implicitly {@link webcast.Image.verify|verify} messages.
         * @function encode
         * @memberof webcast.Image
         * @static
         * @param {webcast.Image.$Properties} message Image message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Image.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.url != null && message.url.length)
                for (var i = 0; i < message.url.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.url[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Image message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.Image
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.Image & webcast.Image.$Shape} Image
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Image.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.Image();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.url && message.url.length))
                            message.url = [];
                        message.url.push(reader.string());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Image;
    })();

    webcast.User = (function() {

        /**
         * Properties of a User.
         * @typedef {Object} webcast.User.$Properties
         * @property {number|Long|null} [userId] User userId
         * @property {string|null} [nickname] User nickname
         * @property {Uint8Array|null} [profilePicture] User profilePicture
         * @property {webcast.FollowInfo.$Properties|null} [followInfo] User followInfo
         * @property {string|null} [uniqueId] User uniqueId
         * @property {string|null} [secUid] User secUid
         * @property {Array.<Uint8Array>|null} [badges] User badges
         * @property {string|null} [idStr] User idStr
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a User.
         * @memberof webcast
         * @interface IUser
         * @augments webcast.User.$Properties
         * @deprecated Use webcast.User.$Properties instead.
         */

        /**
         * Shape of a User.
         * @typedef {webcast.User.$Properties} webcast.User.$Shape
         */

        /**
         * Constructs a new User.
         * @memberof webcast
         * @classdesc Represents a User.
         * @constructor
         * @param {webcast.User.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var User = function (properties) {
            this.badges = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * User userId.
         * @member {number|Long} userId
         * @memberof webcast.User
         * @instance
         */
        User.prototype.userId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * User nickname.
         * @member {string} nickname
         * @memberof webcast.User
         * @instance
         */
        User.prototype.nickname = "";

        /**
         * User profilePicture.
         * @member {Uint8Array} profilePicture
         * @memberof webcast.User
         * @instance
         */
        User.prototype.profilePicture = $util.newBuffer([]);

        /**
         * User followInfo.
         * @member {webcast.FollowInfo.$Properties|null|undefined} followInfo
         * @memberof webcast.User
         * @instance
         */
        User.prototype.followInfo = null;

        /**
         * User uniqueId.
         * @member {string} uniqueId
         * @memberof webcast.User
         * @instance
         */
        User.prototype.uniqueId = "";

        /**
         * User secUid.
         * @member {string} secUid
         * @memberof webcast.User
         * @instance
         */
        User.prototype.secUid = "";

        /**
         * User badges.
         * @member {Array.<Uint8Array>} badges
         * @memberof webcast.User
         * @instance
         */
        User.prototype.badges = $util.emptyArray;

        /**
         * User idStr.
         * @member {string} idStr
         * @memberof webcast.User
         * @instance
         */
        User.prototype.idStr = "";

        /**
         * Encodes the specified User message. Does not implicitly {@link webcast.User.verify|verify} messages.
         * @function encode
         * @memberof webcast.User
         * @static
         * @param {webcast.User.$Properties} message User message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        User.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.userId);
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.nickname);
            if (message.profilePicture != null && $Object.hasOwnProperty.call(message, "profilePicture"))
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.profilePicture);
            if (message.followInfo != null && $Object.hasOwnProperty.call(message, "followInfo"))
                $root.webcast.FollowInfo.encode(message.followInfo, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.uniqueId != null && $Object.hasOwnProperty.call(message, "uniqueId"))
                writer.uint32(/* id 38, wireType 2 =*/306).string(message.uniqueId);
            if (message.secUid != null && $Object.hasOwnProperty.call(message, "secUid"))
                writer.uint32(/* id 46, wireType 2 =*/370).string(message.secUid);
            if (message.badges != null && message.badges.length)
                for (var i = 0; i < message.badges.length; ++i)
                    writer.uint32(/* id 64, wireType 2 =*/514).bytes(message.badges[i]);
            if (message.idStr != null && $Object.hasOwnProperty.call(message, "idStr"))
                writer.uint32(/* id 1028, wireType 2 =*/8226).string(message.idStr);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a User message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.User
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.User & webcast.User.$Shape} User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        User.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.User();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.userId = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.nickname = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.profilePicture = reader.bytes();
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.followInfo = $root.webcast.FollowInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.followInfo);
                        continue;
                    }
                case 38: {
                        if (wireType !== 2)
                            break;
                        message.uniqueId = reader.string();
                        continue;
                    }
                case 46: {
                        if (wireType !== 2)
                            break;
                        message.secUid = reader.string();
                        continue;
                    }
                case 64: {
                        if (wireType !== 2)
                            break;
                        if (!(message.badges && message.badges.length))
                            message.badges = [];
                        message.badges.push(reader.bytes());
                        continue;
                    }
                case 1028: {
                        if (wireType !== 2)
                            break;
                        message.idStr = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return User;
    })();

    webcast.FollowInfo = (function() {

        /**
         * Properties of a FollowInfo.
         * @typedef {Object} webcast.FollowInfo.$Properties
         * @property {number|null} [followStatus] FollowInfo followStatus
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FollowInfo.
         * @memberof webcast
         * @interface IFollowInfo
         * @augments webcast.FollowInfo.$Properties
         * @deprecated Use webcast.FollowInfo.$Properties instead.
         */

        /**
         * Shape of a FollowInfo.
         * @typedef {webcast.FollowInfo.$Properties} webcast.FollowInfo.$Shape
         */

        /**
         * Constructs a new FollowInfo.
         * @memberof webcast
         * @classdesc Represents a FollowInfo.
         * @constructor
         * @param {webcast.FollowInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FollowInfo = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FollowInfo followStatus.
         * @member {number} followStatus
         * @memberof webcast.FollowInfo
         * @instance
         */
        FollowInfo.prototype.followStatus = 0;

        /**
         * Encodes the specified FollowInfo message. Does not implicitly {@link webcast.FollowInfo.verify|verify} messages.
         * @function encode
         * @memberof webcast.FollowInfo
         * @static
         * @param {webcast.FollowInfo.$Properties} message FollowInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FollowInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.followStatus != null && $Object.hasOwnProperty.call(message, "followStatus"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.followStatus);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FollowInfo message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.FollowInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.FollowInfo & webcast.FollowInfo.$Shape} FollowInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FollowInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.FollowInfo();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.followStatus = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return FollowInfo;
    })();

    webcast.BadgeStruct = (function() {

        /**
         * Properties of a BadgeStruct.
         * @typedef {Object} webcast.BadgeStruct.$Properties
         * @property {number|null} [badgeScene] BadgeStruct badgeScene
         * @property {boolean|null} [display] BadgeStruct display
         * @property {webcast.PrivilegeLogExtra.$Properties|null} [logExtra] BadgeStruct logExtra
         * @property {webcast.ImageBadge.$Properties|null} [image] BadgeStruct image
         * @property {webcast.TextBadge.$Properties|null} [text] BadgeStruct text
         * @property {webcast.StringBadge.$Properties|null} [str] BadgeStruct str
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BadgeStruct.
         * @memberof webcast
         * @interface IBadgeStruct
         * @augments webcast.BadgeStruct.$Properties
         * @deprecated Use webcast.BadgeStruct.$Properties instead.
         */

        /**
         * Shape of a BadgeStruct.
         * @typedef {webcast.BadgeStruct.$Properties} webcast.BadgeStruct.$Shape
         */

        /**
         * Constructs a new BadgeStruct.
         * @memberof webcast
         * @classdesc Represents a BadgeStruct.
         * @constructor
         * @param {webcast.BadgeStruct.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BadgeStruct = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BadgeStruct badgeScene.
         * @member {number} badgeScene
         * @memberof webcast.BadgeStruct
         * @instance
         */
        BadgeStruct.prototype.badgeScene = 0;

        /**
         * BadgeStruct display.
         * @member {boolean} display
         * @memberof webcast.BadgeStruct
         * @instance
         */
        BadgeStruct.prototype.display = false;

        /**
         * BadgeStruct logExtra.
         * @member {webcast.PrivilegeLogExtra.$Properties|null|undefined} logExtra
         * @memberof webcast.BadgeStruct
         * @instance
         */
        BadgeStruct.prototype.logExtra = null;

        /**
         * BadgeStruct image.
         * @member {webcast.ImageBadge.$Properties|null|undefined} image
         * @memberof webcast.BadgeStruct
         * @instance
         */
        BadgeStruct.prototype.image = null;

        /**
         * BadgeStruct text.
         * @member {webcast.TextBadge.$Properties|null|undefined} text
         * @memberof webcast.BadgeStruct
         * @instance
         */
        BadgeStruct.prototype.text = null;

        /**
         * BadgeStruct str.
         * @member {webcast.StringBadge.$Properties|null|undefined} str
         * @memberof webcast.BadgeStruct
         * @instance
         */
        BadgeStruct.prototype.str = null;

        /**
         * Encodes the specified BadgeStruct message. Does not implicitly {@link webcast.BadgeStruct.verify|verify} messages.
         * @function encode
         * @memberof webcast.BadgeStruct
         * @static
         * @param {webcast.BadgeStruct.$Properties} message BadgeStruct message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BadgeStruct.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.badgeScene != null && $Object.hasOwnProperty.call(message, "badgeScene"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.badgeScene);
            if (message.display != null && $Object.hasOwnProperty.call(message, "display"))
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.display);
            if (message.logExtra != null && $Object.hasOwnProperty.call(message, "logExtra"))
                $root.webcast.PrivilegeLogExtra.encode(message.logExtra, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                $root.webcast.ImageBadge.encode(message.image, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                $root.webcast.TextBadge.encode(message.text, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.str != null && $Object.hasOwnProperty.call(message, "str"))
                $root.webcast.StringBadge.encode(message.str, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BadgeStruct message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BadgeStruct
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BadgeStruct & webcast.BadgeStruct.$Shape} BadgeStruct
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BadgeStruct.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BadgeStruct();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.badgeScene = reader.int32();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.display = reader.bool();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.logExtra = $root.webcast.PrivilegeLogExtra.decode(reader, reader.size(), $undefined, _depth + 1, message.logExtra);
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.image = $root.webcast.ImageBadge.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.text = $root.webcast.TextBadge.decode(reader, reader.size(), $undefined, _depth + 1, message.text);
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.str = $root.webcast.StringBadge.decode(reader, reader.size(), $undefined, _depth + 1, message.str);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BadgeStruct;
    })();

    webcast.PrivilegeLogExtra = (function() {

        /**
         * Properties of a PrivilegeLogExtra.
         * @typedef {Object} webcast.PrivilegeLogExtra.$Properties
         * @property {string|null} [privilegeId] PrivilegeLogExtra privilegeId
         * @property {string|null} [level] PrivilegeLogExtra level
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PrivilegeLogExtra.
         * @memberof webcast
         * @interface IPrivilegeLogExtra
         * @augments webcast.PrivilegeLogExtra.$Properties
         * @deprecated Use webcast.PrivilegeLogExtra.$Properties instead.
         */

        /**
         * Shape of a PrivilegeLogExtra.
         * @typedef {webcast.PrivilegeLogExtra.$Properties} webcast.PrivilegeLogExtra.$Shape
         */

        /**
         * Constructs a new PrivilegeLogExtra.
         * @memberof webcast
         * @classdesc Represents a PrivilegeLogExtra.
         * @constructor
         * @param {webcast.PrivilegeLogExtra.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PrivilegeLogExtra = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PrivilegeLogExtra privilegeId.
         * @member {string} privilegeId
         * @memberof webcast.PrivilegeLogExtra
         * @instance
         */
        PrivilegeLogExtra.prototype.privilegeId = "";

        /**
         * PrivilegeLogExtra level.
         * @member {string} level
         * @memberof webcast.PrivilegeLogExtra
         * @instance
         */
        PrivilegeLogExtra.prototype.level = "";

        /**
         * Encodes the specified PrivilegeLogExtra message. Does not implicitly {@link webcast.PrivilegeLogExtra.verify|verify} messages.
         * @function encode
         * @memberof webcast.PrivilegeLogExtra
         * @static
         * @param {webcast.PrivilegeLogExtra.$Properties} message PrivilegeLogExtra message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrivilegeLogExtra.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.privilegeId != null && $Object.hasOwnProperty.call(message, "privilegeId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.privilegeId);
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.level);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PrivilegeLogExtra message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.PrivilegeLogExtra
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.PrivilegeLogExtra & webcast.PrivilegeLogExtra.$Shape} PrivilegeLogExtra
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrivilegeLogExtra.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.PrivilegeLogExtra();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.privilegeId = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.level = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return PrivilegeLogExtra;
    })();

    webcast.ImageBadge = (function() {

        /**
         * Properties of an ImageBadge.
         * @typedef {Object} webcast.ImageBadge.$Properties
         * @property {Uint8Array|null} [image] ImageBadge image
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ImageBadge.
         * @memberof webcast
         * @interface IImageBadge
         * @augments webcast.ImageBadge.$Properties
         * @deprecated Use webcast.ImageBadge.$Properties instead.
         */

        /**
         * Shape of an ImageBadge.
         * @typedef {webcast.ImageBadge.$Properties} webcast.ImageBadge.$Shape
         */

        /**
         * Constructs a new ImageBadge.
         * @memberof webcast
         * @classdesc Represents an ImageBadge.
         * @constructor
         * @param {webcast.ImageBadge.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ImageBadge = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ImageBadge image.
         * @member {Uint8Array} image
         * @memberof webcast.ImageBadge
         * @instance
         */
        ImageBadge.prototype.image = $util.newBuffer([]);

        /**
         * Encodes the specified ImageBadge message. Does not implicitly {@link webcast.ImageBadge.verify|verify} messages.
         * @function encode
         * @memberof webcast.ImageBadge
         * @static
         * @param {webcast.ImageBadge.$Properties} message ImageBadge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImageBadge.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.image);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an ImageBadge message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.ImageBadge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.ImageBadge & webcast.ImageBadge.$Shape} ImageBadge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImageBadge.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.ImageBadge();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.image = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ImageBadge;
    })();

    webcast.TextBadge = (function() {

        /**
         * Properties of a TextBadge.
         * @typedef {Object} webcast.TextBadge.$Properties
         * @property {string|null} [key] TextBadge key
         * @property {string|null} [defaultPattern] TextBadge defaultPattern
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TextBadge.
         * @memberof webcast
         * @interface ITextBadge
         * @augments webcast.TextBadge.$Properties
         * @deprecated Use webcast.TextBadge.$Properties instead.
         */

        /**
         * Shape of a TextBadge.
         * @typedef {webcast.TextBadge.$Properties} webcast.TextBadge.$Shape
         */

        /**
         * Constructs a new TextBadge.
         * @memberof webcast
         * @classdesc Represents a TextBadge.
         * @constructor
         * @param {webcast.TextBadge.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TextBadge = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TextBadge key.
         * @member {string} key
         * @memberof webcast.TextBadge
         * @instance
         */
        TextBadge.prototype.key = "";

        /**
         * TextBadge defaultPattern.
         * @member {string} defaultPattern
         * @memberof webcast.TextBadge
         * @instance
         */
        TextBadge.prototype.defaultPattern = "";

        /**
         * Encodes the specified TextBadge message. Does not implicitly {@link webcast.TextBadge.verify|verify} messages.
         * @function encode
         * @memberof webcast.TextBadge
         * @static
         * @param {webcast.TextBadge.$Properties} message TextBadge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextBadge.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
            if (message.defaultPattern != null && $Object.hasOwnProperty.call(message, "defaultPattern"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.defaultPattern);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TextBadge message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.TextBadge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.TextBadge & webcast.TextBadge.$Shape} TextBadge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextBadge.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.TextBadge();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.key = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.defaultPattern = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TextBadge;
    })();

    webcast.StringBadge = (function() {

        /**
         * Properties of a StringBadge.
         * @typedef {Object} webcast.StringBadge.$Properties
         * @property {string|null} [str] StringBadge str
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StringBadge.
         * @memberof webcast
         * @interface IStringBadge
         * @augments webcast.StringBadge.$Properties
         * @deprecated Use webcast.StringBadge.$Properties instead.
         */

        /**
         * Shape of a StringBadge.
         * @typedef {webcast.StringBadge.$Properties} webcast.StringBadge.$Shape
         */

        /**
         * Constructs a new StringBadge.
         * @memberof webcast
         * @classdesc Represents a StringBadge.
         * @constructor
         * @param {webcast.StringBadge.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var StringBadge = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StringBadge str.
         * @member {string} str
         * @memberof webcast.StringBadge
         * @instance
         */
        StringBadge.prototype.str = "";

        /**
         * Encodes the specified StringBadge message. Does not implicitly {@link webcast.StringBadge.verify|verify} messages.
         * @function encode
         * @memberof webcast.StringBadge
         * @static
         * @param {webcast.StringBadge.$Properties} message StringBadge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringBadge.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.str != null && $Object.hasOwnProperty.call(message, "str"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.str);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StringBadge message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.StringBadge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.StringBadge & webcast.StringBadge.$Shape} StringBadge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringBadge.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.StringBadge();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.str = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return StringBadge;
    })();

    webcast.WebcastChatMessage = (function() {

        /**
         * Properties of a WebcastChatMessage.
         * @typedef {Object} webcast.WebcastChatMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastChatMessage common
         * @property {Uint8Array|null} [user] WebcastChatMessage user
         * @property {string|null} [comment] WebcastChatMessage comment
         * @property {Uint8Array|null} [atUser] WebcastChatMessage atUser
         * @property {Array.<Uint8Array>|null} [emotes] WebcastChatMessage emotes
         * @property {string|null} [contentLanguage] WebcastChatMessage contentLanguage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastChatMessage.
         * @memberof webcast
         * @interface IWebcastChatMessage
         * @augments webcast.WebcastChatMessage.$Properties
         * @deprecated Use webcast.WebcastChatMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastChatMessage.
         * @typedef {webcast.WebcastChatMessage.$Properties} webcast.WebcastChatMessage.$Shape
         */

        /**
         * Constructs a new WebcastChatMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastChatMessage.
         * @constructor
         * @param {webcast.WebcastChatMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastChatMessage = function (properties) {
            this.emotes = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastChatMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastChatMessage
         * @instance
         */
        WebcastChatMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastChatMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastChatMessage
         * @instance
         */
        WebcastChatMessage.prototype.user = $util.newBuffer([]);

        /**
         * WebcastChatMessage comment.
         * @member {string} comment
         * @memberof webcast.WebcastChatMessage
         * @instance
         */
        WebcastChatMessage.prototype.comment = "";

        /**
         * WebcastChatMessage atUser.
         * @member {Uint8Array} atUser
         * @memberof webcast.WebcastChatMessage
         * @instance
         */
        WebcastChatMessage.prototype.atUser = $util.newBuffer([]);

        /**
         * WebcastChatMessage emotes.
         * @member {Array.<Uint8Array>} emotes
         * @memberof webcast.WebcastChatMessage
         * @instance
         */
        WebcastChatMessage.prototype.emotes = $util.emptyArray;

        /**
         * WebcastChatMessage contentLanguage.
         * @member {string} contentLanguage
         * @memberof webcast.WebcastChatMessage
         * @instance
         */
        WebcastChatMessage.prototype.contentLanguage = "";

        /**
         * Encodes the specified WebcastChatMessage message. Does not implicitly {@link webcast.WebcastChatMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastChatMessage
         * @static
         * @param {webcast.WebcastChatMessage.$Properties} message WebcastChatMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastChatMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.user);
            if (message.comment != null && $Object.hasOwnProperty.call(message, "comment"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.comment);
            if (message.atUser != null && $Object.hasOwnProperty.call(message, "atUser"))
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.atUser);
            if (message.emotes != null && message.emotes.length)
                for (var i = 0; i < message.emotes.length; ++i)
                    writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.emotes[i]);
            if (message.contentLanguage != null && $Object.hasOwnProperty.call(message, "contentLanguage"))
                writer.uint32(/* id 14, wireType 2 =*/114).string(message.contentLanguage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastChatMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastChatMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastChatMessage & webcast.WebcastChatMessage.$Shape} WebcastChatMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastChatMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastChatMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.comment = reader.string();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.atUser = reader.bytes();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.emotes && message.emotes.length))
                            message.emotes = [];
                        message.emotes.push(reader.bytes());
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.contentLanguage = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastChatMessage;
    })();

    webcast.SubEmote = (function() {

        /**
         * Properties of a SubEmote.
         * @typedef {Object} webcast.SubEmote.$Properties
         * @property {number|null} [placeInComment] SubEmote placeInComment
         * @property {webcast.EmoteDetails.$Properties|null} [emote] SubEmote emote
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SubEmote.
         * @memberof webcast
         * @interface ISubEmote
         * @augments webcast.SubEmote.$Properties
         * @deprecated Use webcast.SubEmote.$Properties instead.
         */

        /**
         * Shape of a SubEmote.
         * @typedef {webcast.SubEmote.$Properties} webcast.SubEmote.$Shape
         */

        /**
         * Constructs a new SubEmote.
         * @memberof webcast
         * @classdesc Represents a SubEmote.
         * @constructor
         * @param {webcast.SubEmote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var SubEmote = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SubEmote placeInComment.
         * @member {number} placeInComment
         * @memberof webcast.SubEmote
         * @instance
         */
        SubEmote.prototype.placeInComment = 0;

        /**
         * SubEmote emote.
         * @member {webcast.EmoteDetails.$Properties|null|undefined} emote
         * @memberof webcast.SubEmote
         * @instance
         */
        SubEmote.prototype.emote = null;

        /**
         * Encodes the specified SubEmote message. Does not implicitly {@link webcast.SubEmote.verify|verify} messages.
         * @function encode
         * @memberof webcast.SubEmote
         * @static
         * @param {webcast.SubEmote.$Properties} message SubEmote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubEmote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.placeInComment != null && $Object.hasOwnProperty.call(message, "placeInComment"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.placeInComment);
            if (message.emote != null && $Object.hasOwnProperty.call(message, "emote"))
                $root.webcast.EmoteDetails.encode(message.emote, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SubEmote message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.SubEmote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.SubEmote & webcast.SubEmote.$Shape} SubEmote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubEmote.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.SubEmote();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.placeInComment = reader.int32();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.emote = $root.webcast.EmoteDetails.decode(reader, reader.size(), $undefined, _depth + 1, message.emote);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SubEmote;
    })();

    webcast.EmoteDetails = (function() {

        /**
         * Properties of an EmoteDetails.
         * @typedef {Object} webcast.EmoteDetails.$Properties
         * @property {string|null} [emoteId] EmoteDetails emoteId
         * @property {webcast.Image.$Properties|null} [image] EmoteDetails image
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EmoteDetails.
         * @memberof webcast
         * @interface IEmoteDetails
         * @augments webcast.EmoteDetails.$Properties
         * @deprecated Use webcast.EmoteDetails.$Properties instead.
         */

        /**
         * Shape of an EmoteDetails.
         * @typedef {webcast.EmoteDetails.$Properties} webcast.EmoteDetails.$Shape
         */

        /**
         * Constructs a new EmoteDetails.
         * @memberof webcast
         * @classdesc Represents an EmoteDetails.
         * @constructor
         * @param {webcast.EmoteDetails.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var EmoteDetails = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EmoteDetails emoteId.
         * @member {string} emoteId
         * @memberof webcast.EmoteDetails
         * @instance
         */
        EmoteDetails.prototype.emoteId = "";

        /**
         * EmoteDetails image.
         * @member {webcast.Image.$Properties|null|undefined} image
         * @memberof webcast.EmoteDetails
         * @instance
         */
        EmoteDetails.prototype.image = null;

        /**
         * Encodes the specified EmoteDetails message. Does not implicitly {@link webcast.EmoteDetails.verify|verify} messages.
         * @function encode
         * @memberof webcast.EmoteDetails
         * @static
         * @param {webcast.EmoteDetails.$Properties} message EmoteDetails message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EmoteDetails.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.emoteId != null && $Object.hasOwnProperty.call(message, "emoteId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.emoteId);
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                $root.webcast.Image.encode(message.image, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EmoteDetails message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.EmoteDetails
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.EmoteDetails & webcast.EmoteDetails.$Shape} EmoteDetails
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EmoteDetails.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.EmoteDetails();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.emoteId = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.image = $root.webcast.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EmoteDetails;
    })();

    webcast.WebcastGiftMessage = (function() {

        /**
         * Properties of a WebcastGiftMessage.
         * @typedef {Object} webcast.WebcastGiftMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastGiftMessage common
         * @property {number|null} [giftId] WebcastGiftMessage giftId
         * @property {number|Long|null} [fanTicketCount] WebcastGiftMessage fanTicketCount
         * @property {number|null} [groupCount] WebcastGiftMessage groupCount
         * @property {number|null} [repeatCount] WebcastGiftMessage repeatCount
         * @property {number|null} [comboCount] WebcastGiftMessage comboCount
         * @property {Uint8Array|null} [user] WebcastGiftMessage user
         * @property {Uint8Array|null} [toUser] WebcastGiftMessage toUser
         * @property {number|null} [repeatEnd] WebcastGiftMessage repeatEnd
         * @property {number|Long|null} [groupId] WebcastGiftMessage groupId
         * @property {Uint8Array|null} [giftDetails] WebcastGiftMessage giftDetails
         * @property {string|null} [logId] WebcastGiftMessage logId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastGiftMessage.
         * @memberof webcast
         * @interface IWebcastGiftMessage
         * @augments webcast.WebcastGiftMessage.$Properties
         * @deprecated Use webcast.WebcastGiftMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastGiftMessage.
         * @typedef {webcast.WebcastGiftMessage.$Properties} webcast.WebcastGiftMessage.$Shape
         */

        /**
         * Constructs a new WebcastGiftMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastGiftMessage.
         * @constructor
         * @param {webcast.WebcastGiftMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastGiftMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastGiftMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastGiftMessage giftId.
         * @member {number} giftId
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.giftId = 0;

        /**
         * WebcastGiftMessage fanTicketCount.
         * @member {number|Long} fanTicketCount
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.fanTicketCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastGiftMessage groupCount.
         * @member {number} groupCount
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.groupCount = 0;

        /**
         * WebcastGiftMessage repeatCount.
         * @member {number} repeatCount
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.repeatCount = 0;

        /**
         * WebcastGiftMessage comboCount.
         * @member {number} comboCount
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.comboCount = 0;

        /**
         * WebcastGiftMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.user = $util.newBuffer([]);

        /**
         * WebcastGiftMessage toUser.
         * @member {Uint8Array} toUser
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.toUser = $util.newBuffer([]);

        /**
         * WebcastGiftMessage repeatEnd.
         * @member {number} repeatEnd
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.repeatEnd = 0;

        /**
         * WebcastGiftMessage groupId.
         * @member {number|Long} groupId
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.groupId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WebcastGiftMessage giftDetails.
         * @member {Uint8Array} giftDetails
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.giftDetails = $util.newBuffer([]);

        /**
         * WebcastGiftMessage logId.
         * @member {string} logId
         * @memberof webcast.WebcastGiftMessage
         * @instance
         */
        WebcastGiftMessage.prototype.logId = "";

        /**
         * Encodes the specified WebcastGiftMessage message. Does not implicitly {@link webcast.WebcastGiftMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastGiftMessage
         * @static
         * @param {webcast.WebcastGiftMessage.$Properties} message WebcastGiftMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastGiftMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.giftId != null && $Object.hasOwnProperty.call(message, "giftId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.giftId);
            if (message.fanTicketCount != null && $Object.hasOwnProperty.call(message, "fanTicketCount"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.fanTicketCount);
            if (message.groupCount != null && $Object.hasOwnProperty.call(message, "groupCount"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.groupCount);
            if (message.repeatCount != null && $Object.hasOwnProperty.call(message, "repeatCount"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.repeatCount);
            if (message.comboCount != null && $Object.hasOwnProperty.call(message, "comboCount"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.comboCount);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.user);
            if (message.toUser != null && $Object.hasOwnProperty.call(message, "toUser"))
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.toUser);
            if (message.repeatEnd != null && $Object.hasOwnProperty.call(message, "repeatEnd"))
                writer.uint32(/* id 9, wireType 0 =*/72).int32(message.repeatEnd);
            if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.groupId);
            if (message.giftDetails != null && $Object.hasOwnProperty.call(message, "giftDetails"))
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.giftDetails);
            if (message.logId != null && $Object.hasOwnProperty.call(message, "logId"))
                writer.uint32(/* id 16, wireType 2 =*/130).string(message.logId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastGiftMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastGiftMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastGiftMessage & webcast.WebcastGiftMessage.$Shape} WebcastGiftMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastGiftMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastGiftMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.giftId = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.fanTicketCount = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.groupCount = reader.int32();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.repeatCount = reader.int32();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.comboCount = reader.int32();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.toUser = reader.bytes();
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        message.repeatEnd = reader.int32();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.groupId = reader.uint64();
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        message.giftDetails = reader.bytes();
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.logId = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastGiftMessage;
    })();

    webcast.GiftDetails = (function() {

        /**
         * Properties of a GiftDetails.
         * @typedef {Object} webcast.GiftDetails.$Properties
         * @property {webcast.Image.$Properties|null} [giftImage] GiftDetails giftImage
         * @property {string|null} [describe] GiftDetails describe
         * @property {number|Long|null} [id] GiftDetails id
         * @property {boolean|null} [combo] GiftDetails combo
         * @property {number|null} [giftType] GiftDetails giftType
         * @property {number|null} [diamondCount] GiftDetails diamondCount
         * @property {string|null} [giftName] GiftDetails giftName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GiftDetails.
         * @memberof webcast
         * @interface IGiftDetails
         * @augments webcast.GiftDetails.$Properties
         * @deprecated Use webcast.GiftDetails.$Properties instead.
         */

        /**
         * Shape of a GiftDetails.
         * @typedef {webcast.GiftDetails.$Properties} webcast.GiftDetails.$Shape
         */

        /**
         * Constructs a new GiftDetails.
         * @memberof webcast
         * @classdesc Represents a GiftDetails.
         * @constructor
         * @param {webcast.GiftDetails.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GiftDetails = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GiftDetails giftImage.
         * @member {webcast.Image.$Properties|null|undefined} giftImage
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.giftImage = null;

        /**
         * GiftDetails describe.
         * @member {string} describe
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.describe = "";

        /**
         * GiftDetails id.
         * @member {number|Long} id
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.id = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * GiftDetails combo.
         * @member {boolean} combo
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.combo = false;

        /**
         * GiftDetails giftType.
         * @member {number} giftType
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.giftType = 0;

        /**
         * GiftDetails diamondCount.
         * @member {number} diamondCount
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.diamondCount = 0;

        /**
         * GiftDetails giftName.
         * @member {string} giftName
         * @memberof webcast.GiftDetails
         * @instance
         */
        GiftDetails.prototype.giftName = "";

        /**
         * Encodes the specified GiftDetails message. Does not implicitly {@link webcast.GiftDetails.verify|verify} messages.
         * @function encode
         * @memberof webcast.GiftDetails
         * @static
         * @param {webcast.GiftDetails.$Properties} message GiftDetails message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GiftDetails.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.giftImage != null && $Object.hasOwnProperty.call(message, "giftImage"))
                $root.webcast.Image.encode(message.giftImage, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.describe != null && $Object.hasOwnProperty.call(message, "describe"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.describe);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.id);
            if (message.combo != null && $Object.hasOwnProperty.call(message, "combo"))
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.combo);
            if (message.giftType != null && $Object.hasOwnProperty.call(message, "giftType"))
                writer.uint32(/* id 11, wireType 0 =*/88).int32(message.giftType);
            if (message.diamondCount != null && $Object.hasOwnProperty.call(message, "diamondCount"))
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.diamondCount);
            if (message.giftName != null && $Object.hasOwnProperty.call(message, "giftName"))
                writer.uint32(/* id 16, wireType 2 =*/130).string(message.giftName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GiftDetails message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.GiftDetails
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.GiftDetails & webcast.GiftDetails.$Shape} GiftDetails
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GiftDetails.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.GiftDetails();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.giftImage = $root.webcast.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.giftImage);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.describe = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.id = reader.int64();
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.combo = reader.bool();
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.giftType = reader.int32();
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.diamondCount = reader.int32();
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.giftName = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GiftDetails;
    })();

    webcast.WebcastLikeMessage = (function() {

        /**
         * Properties of a WebcastLikeMessage.
         * @typedef {Object} webcast.WebcastLikeMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastLikeMessage common
         * @property {number|null} [likeCount] WebcastLikeMessage likeCount
         * @property {number|null} [totalLikeCount] WebcastLikeMessage totalLikeCount
         * @property {Uint8Array|null} [user] WebcastLikeMessage user
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastLikeMessage.
         * @memberof webcast
         * @interface IWebcastLikeMessage
         * @augments webcast.WebcastLikeMessage.$Properties
         * @deprecated Use webcast.WebcastLikeMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastLikeMessage.
         * @typedef {webcast.WebcastLikeMessage.$Properties} webcast.WebcastLikeMessage.$Shape
         */

        /**
         * Constructs a new WebcastLikeMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastLikeMessage.
         * @constructor
         * @param {webcast.WebcastLikeMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastLikeMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastLikeMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastLikeMessage
         * @instance
         */
        WebcastLikeMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastLikeMessage likeCount.
         * @member {number} likeCount
         * @memberof webcast.WebcastLikeMessage
         * @instance
         */
        WebcastLikeMessage.prototype.likeCount = 0;

        /**
         * WebcastLikeMessage totalLikeCount.
         * @member {number} totalLikeCount
         * @memberof webcast.WebcastLikeMessage
         * @instance
         */
        WebcastLikeMessage.prototype.totalLikeCount = 0;

        /**
         * WebcastLikeMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastLikeMessage
         * @instance
         */
        WebcastLikeMessage.prototype.user = $util.newBuffer([]);

        /**
         * Encodes the specified WebcastLikeMessage message. Does not implicitly {@link webcast.WebcastLikeMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastLikeMessage
         * @static
         * @param {webcast.WebcastLikeMessage.$Properties} message WebcastLikeMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastLikeMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.likeCount != null && $Object.hasOwnProperty.call(message, "likeCount"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.likeCount);
            if (message.totalLikeCount != null && $Object.hasOwnProperty.call(message, "totalLikeCount"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.totalLikeCount);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.user);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastLikeMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastLikeMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastLikeMessage & webcast.WebcastLikeMessage.$Shape} WebcastLikeMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastLikeMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastLikeMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.likeCount = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.totalLikeCount = reader.int32();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastLikeMessage;
    })();

    webcast.WebcastMemberMessage = (function() {

        /**
         * Properties of a WebcastMemberMessage.
         * @typedef {Object} webcast.WebcastMemberMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastMemberMessage common
         * @property {Uint8Array|null} [user] WebcastMemberMessage user
         * @property {number|null} [memberCount] WebcastMemberMessage memberCount
         * @property {number|null} [action] WebcastMemberMessage action
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastMemberMessage.
         * @memberof webcast
         * @interface IWebcastMemberMessage
         * @augments webcast.WebcastMemberMessage.$Properties
         * @deprecated Use webcast.WebcastMemberMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastMemberMessage.
         * @typedef {webcast.WebcastMemberMessage.$Properties} webcast.WebcastMemberMessage.$Shape
         */

        /**
         * Constructs a new WebcastMemberMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastMemberMessage.
         * @constructor
         * @param {webcast.WebcastMemberMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastMemberMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastMemberMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastMemberMessage
         * @instance
         */
        WebcastMemberMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastMemberMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastMemberMessage
         * @instance
         */
        WebcastMemberMessage.prototype.user = $util.newBuffer([]);

        /**
         * WebcastMemberMessage memberCount.
         * @member {number} memberCount
         * @memberof webcast.WebcastMemberMessage
         * @instance
         */
        WebcastMemberMessage.prototype.memberCount = 0;

        /**
         * WebcastMemberMessage action.
         * @member {number} action
         * @memberof webcast.WebcastMemberMessage
         * @instance
         */
        WebcastMemberMessage.prototype.action = 0;

        /**
         * Encodes the specified WebcastMemberMessage message. Does not implicitly {@link webcast.WebcastMemberMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastMemberMessage
         * @static
         * @param {webcast.WebcastMemberMessage.$Properties} message WebcastMemberMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastMemberMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.user);
            if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.memberCount);
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                writer.uint32(/* id 10, wireType 0 =*/80).int32(message.action);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastMemberMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastMemberMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastMemberMessage & webcast.WebcastMemberMessage.$Shape} WebcastMemberMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastMemberMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastMemberMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.memberCount = reader.int32();
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.action = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastMemberMessage;
    })();

    webcast.WebcastSocialMessage = (function() {

        /**
         * Properties of a WebcastSocialMessage.
         * @typedef {Object} webcast.WebcastSocialMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastSocialMessage common
         * @property {Uint8Array|null} [user] WebcastSocialMessage user
         * @property {number|Long|null} [shareType] WebcastSocialMessage shareType
         * @property {number|Long|null} [action] WebcastSocialMessage action
         * @property {string|null} [shareTarget] WebcastSocialMessage shareTarget
         * @property {number|null} [followCount] WebcastSocialMessage followCount
         * @property {number|null} [shareCount] WebcastSocialMessage shareCount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastSocialMessage.
         * @memberof webcast
         * @interface IWebcastSocialMessage
         * @augments webcast.WebcastSocialMessage.$Properties
         * @deprecated Use webcast.WebcastSocialMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastSocialMessage.
         * @typedef {webcast.WebcastSocialMessage.$Properties} webcast.WebcastSocialMessage.$Shape
         */

        /**
         * Constructs a new WebcastSocialMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastSocialMessage.
         * @constructor
         * @param {webcast.WebcastSocialMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastSocialMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastSocialMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastSocialMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.user = $util.newBuffer([]);

        /**
         * WebcastSocialMessage shareType.
         * @member {number|Long} shareType
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.shareType = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastSocialMessage action.
         * @member {number|Long} action
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.action = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastSocialMessage shareTarget.
         * @member {string} shareTarget
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.shareTarget = "";

        /**
         * WebcastSocialMessage followCount.
         * @member {number} followCount
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.followCount = 0;

        /**
         * WebcastSocialMessage shareCount.
         * @member {number} shareCount
         * @memberof webcast.WebcastSocialMessage
         * @instance
         */
        WebcastSocialMessage.prototype.shareCount = 0;

        /**
         * Encodes the specified WebcastSocialMessage message. Does not implicitly {@link webcast.WebcastSocialMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastSocialMessage
         * @static
         * @param {webcast.WebcastSocialMessage.$Properties} message WebcastSocialMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastSocialMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.user);
            if (message.shareType != null && $Object.hasOwnProperty.call(message, "shareType"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.shareType);
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.action);
            if (message.shareTarget != null && $Object.hasOwnProperty.call(message, "shareTarget"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.shareTarget);
            if (message.followCount != null && $Object.hasOwnProperty.call(message, "followCount"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.followCount);
            if (message.shareCount != null && $Object.hasOwnProperty.call(message, "shareCount"))
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.shareCount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastSocialMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastSocialMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastSocialMessage & webcast.WebcastSocialMessage.$Shape} WebcastSocialMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastSocialMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastSocialMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.shareType = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.action = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.shareTarget = reader.string();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.followCount = reader.int32();
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.shareCount = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastSocialMessage;
    })();

    webcast.WebcastRoomUserSeqMessage = (function() {

        /**
         * Properties of a WebcastRoomUserSeqMessage.
         * @typedef {Object} webcast.WebcastRoomUserSeqMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastRoomUserSeqMessage common
         * @property {Array.<Uint8Array>|null} [ranksList] WebcastRoomUserSeqMessage ranksList
         * @property {number|null} [viewerCount] WebcastRoomUserSeqMessage viewerCount
         * @property {number|Long|null} [popularity] WebcastRoomUserSeqMessage popularity
         * @property {number|null} [totalUser] WebcastRoomUserSeqMessage totalUser
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastRoomUserSeqMessage.
         * @memberof webcast
         * @interface IWebcastRoomUserSeqMessage
         * @augments webcast.WebcastRoomUserSeqMessage.$Properties
         * @deprecated Use webcast.WebcastRoomUserSeqMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastRoomUserSeqMessage.
         * @typedef {webcast.WebcastRoomUserSeqMessage.$Properties} webcast.WebcastRoomUserSeqMessage.$Shape
         */

        /**
         * Constructs a new WebcastRoomUserSeqMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastRoomUserSeqMessage.
         * @constructor
         * @param {webcast.WebcastRoomUserSeqMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastRoomUserSeqMessage = function (properties) {
            this.ranksList = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastRoomUserSeqMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @instance
         */
        WebcastRoomUserSeqMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastRoomUserSeqMessage ranksList.
         * @member {Array.<Uint8Array>} ranksList
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @instance
         */
        WebcastRoomUserSeqMessage.prototype.ranksList = $util.emptyArray;

        /**
         * WebcastRoomUserSeqMessage viewerCount.
         * @member {number} viewerCount
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @instance
         */
        WebcastRoomUserSeqMessage.prototype.viewerCount = 0;

        /**
         * WebcastRoomUserSeqMessage popularity.
         * @member {number|Long} popularity
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @instance
         */
        WebcastRoomUserSeqMessage.prototype.popularity = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastRoomUserSeqMessage totalUser.
         * @member {number} totalUser
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @instance
         */
        WebcastRoomUserSeqMessage.prototype.totalUser = 0;

        /**
         * Encodes the specified WebcastRoomUserSeqMessage message. Does not implicitly {@link webcast.WebcastRoomUserSeqMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @static
         * @param {webcast.WebcastRoomUserSeqMessage.$Properties} message WebcastRoomUserSeqMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastRoomUserSeqMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.ranksList != null && message.ranksList.length)
                for (var i = 0; i < message.ranksList.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ranksList[i]);
            if (message.viewerCount != null && $Object.hasOwnProperty.call(message, "viewerCount"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.viewerCount);
            if (message.popularity != null && $Object.hasOwnProperty.call(message, "popularity"))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.popularity);
            if (message.totalUser != null && $Object.hasOwnProperty.call(message, "totalUser"))
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.totalUser);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastRoomUserSeqMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastRoomUserSeqMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastRoomUserSeqMessage & webcast.WebcastRoomUserSeqMessage.$Shape} WebcastRoomUserSeqMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastRoomUserSeqMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastRoomUserSeqMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ranksList && message.ranksList.length))
                            message.ranksList = [];
                        message.ranksList.push(reader.bytes());
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.viewerCount = reader.int32();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.popularity = reader.int64();
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        message.totalUser = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastRoomUserSeqMessage;
    })();

    webcast.Contributor = (function() {

        /**
         * Properties of a Contributor.
         * @typedef {Object} webcast.Contributor.$Properties
         * @property {number|Long|null} [coinCount] Contributor coinCount
         * @property {Uint8Array|null} [user] Contributor user
         * @property {number|null} [rank] Contributor rank
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Contributor.
         * @memberof webcast
         * @interface IContributor
         * @augments webcast.Contributor.$Properties
         * @deprecated Use webcast.Contributor.$Properties instead.
         */

        /**
         * Shape of a Contributor.
         * @typedef {webcast.Contributor.$Properties} webcast.Contributor.$Shape
         */

        /**
         * Constructs a new Contributor.
         * @memberof webcast
         * @classdesc Represents a Contributor.
         * @constructor
         * @param {webcast.Contributor.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Contributor = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Contributor coinCount.
         * @member {number|Long} coinCount
         * @memberof webcast.Contributor
         * @instance
         */
        Contributor.prototype.coinCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Contributor user.
         * @member {Uint8Array} user
         * @memberof webcast.Contributor
         * @instance
         */
        Contributor.prototype.user = $util.newBuffer([]);

        /**
         * Contributor rank.
         * @member {number} rank
         * @memberof webcast.Contributor
         * @instance
         */
        Contributor.prototype.rank = 0;

        /**
         * Encodes the specified Contributor message. Does not implicitly {@link webcast.Contributor.verify|verify} messages.
         * @function encode
         * @memberof webcast.Contributor
         * @static
         * @param {webcast.Contributor.$Properties} message Contributor message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Contributor.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.coinCount != null && $Object.hasOwnProperty.call(message, "coinCount"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.coinCount);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.user);
            if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.rank);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Contributor message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.Contributor
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.Contributor & webcast.Contributor.$Shape} Contributor
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Contributor.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.Contributor();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.coinCount = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.rank = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Contributor;
    })();

    webcast.WebcastQuestionNewMessage = (function() {

        /**
         * Properties of a WebcastQuestionNewMessage.
         * @typedef {Object} webcast.WebcastQuestionNewMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastQuestionNewMessage common
         * @property {Uint8Array|null} [details] WebcastQuestionNewMessage details
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastQuestionNewMessage.
         * @memberof webcast
         * @interface IWebcastQuestionNewMessage
         * @augments webcast.WebcastQuestionNewMessage.$Properties
         * @deprecated Use webcast.WebcastQuestionNewMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastQuestionNewMessage.
         * @typedef {webcast.WebcastQuestionNewMessage.$Properties} webcast.WebcastQuestionNewMessage.$Shape
         */

        /**
         * Constructs a new WebcastQuestionNewMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastQuestionNewMessage.
         * @constructor
         * @param {webcast.WebcastQuestionNewMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastQuestionNewMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastQuestionNewMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastQuestionNewMessage
         * @instance
         */
        WebcastQuestionNewMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastQuestionNewMessage details.
         * @member {Uint8Array} details
         * @memberof webcast.WebcastQuestionNewMessage
         * @instance
         */
        WebcastQuestionNewMessage.prototype.details = $util.newBuffer([]);

        /**
         * Encodes the specified WebcastQuestionNewMessage message. Does not implicitly {@link webcast.WebcastQuestionNewMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastQuestionNewMessage
         * @static
         * @param {webcast.WebcastQuestionNewMessage.$Properties} message WebcastQuestionNewMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastQuestionNewMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.details);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastQuestionNewMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastQuestionNewMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastQuestionNewMessage & webcast.WebcastQuestionNewMessage.$Shape} WebcastQuestionNewMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastQuestionNewMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastQuestionNewMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.details = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastQuestionNewMessage;
    })();

    webcast.QuestionDetails = (function() {

        /**
         * Properties of a QuestionDetails.
         * @typedef {Object} webcast.QuestionDetails.$Properties
         * @property {number|Long|null} [questionId] QuestionDetails questionId
         * @property {string|null} [questionText] QuestionDetails questionText
         * @property {Uint8Array|null} [user] QuestionDetails user
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QuestionDetails.
         * @memberof webcast
         * @interface IQuestionDetails
         * @augments webcast.QuestionDetails.$Properties
         * @deprecated Use webcast.QuestionDetails.$Properties instead.
         */

        /**
         * Shape of a QuestionDetails.
         * @typedef {webcast.QuestionDetails.$Properties} webcast.QuestionDetails.$Shape
         */

        /**
         * Constructs a new QuestionDetails.
         * @memberof webcast
         * @classdesc Represents a QuestionDetails.
         * @constructor
         * @param {webcast.QuestionDetails.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var QuestionDetails = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * QuestionDetails questionId.
         * @member {number|Long} questionId
         * @memberof webcast.QuestionDetails
         * @instance
         */
        QuestionDetails.prototype.questionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * QuestionDetails questionText.
         * @member {string} questionText
         * @memberof webcast.QuestionDetails
         * @instance
         */
        QuestionDetails.prototype.questionText = "";

        /**
         * QuestionDetails user.
         * @member {Uint8Array} user
         * @memberof webcast.QuestionDetails
         * @instance
         */
        QuestionDetails.prototype.user = $util.newBuffer([]);

        /**
         * Encodes the specified QuestionDetails message. Does not implicitly {@link webcast.QuestionDetails.verify|verify} messages.
         * @function encode
         * @memberof webcast.QuestionDetails
         * @static
         * @param {webcast.QuestionDetails.$Properties} message QuestionDetails message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QuestionDetails.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.questionId != null && $Object.hasOwnProperty.call(message, "questionId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.questionId);
            if (message.questionText != null && $Object.hasOwnProperty.call(message, "questionText"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.questionText);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.user);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a QuestionDetails message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.QuestionDetails
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.QuestionDetails & webcast.QuestionDetails.$Shape} QuestionDetails
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QuestionDetails.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.QuestionDetails();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.questionId = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.questionText = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return QuestionDetails;
    })();

    webcast.WebcastControlMessage = (function() {

        /**
         * Properties of a WebcastControlMessage.
         * @typedef {Object} webcast.WebcastControlMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastControlMessage common
         * @property {number|null} [action] WebcastControlMessage action
         * @property {string|null} [tips] WebcastControlMessage tips
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastControlMessage.
         * @memberof webcast
         * @interface IWebcastControlMessage
         * @augments webcast.WebcastControlMessage.$Properties
         * @deprecated Use webcast.WebcastControlMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastControlMessage.
         * @typedef {webcast.WebcastControlMessage.$Properties} webcast.WebcastControlMessage.$Shape
         */

        /**
         * Constructs a new WebcastControlMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastControlMessage.
         * @constructor
         * @param {webcast.WebcastControlMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastControlMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastControlMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastControlMessage
         * @instance
         */
        WebcastControlMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastControlMessage action.
         * @member {number} action
         * @memberof webcast.WebcastControlMessage
         * @instance
         */
        WebcastControlMessage.prototype.action = 0;

        /**
         * WebcastControlMessage tips.
         * @member {string} tips
         * @memberof webcast.WebcastControlMessage
         * @instance
         */
        WebcastControlMessage.prototype.tips = "";

        /**
         * Encodes the specified WebcastControlMessage message. Does not implicitly {@link webcast.WebcastControlMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastControlMessage
         * @static
         * @param {webcast.WebcastControlMessage.$Properties} message WebcastControlMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastControlMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
            if (message.tips != null && $Object.hasOwnProperty.call(message, "tips"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.tips);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastControlMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastControlMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastControlMessage & webcast.WebcastControlMessage.$Shape} WebcastControlMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastControlMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastControlMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.action = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.tips = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastControlMessage;
    })();

    webcast.Int64BytesEntry = (function() {

        /**
         * Properties of an Int64BytesEntry.
         * @typedef {Object} webcast.Int64BytesEntry.$Properties
         * @property {number|Long|null} [key] Int64BytesEntry key
         * @property {Uint8Array|null} [value] Int64BytesEntry value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Int64BytesEntry.
         * @memberof webcast
         * @interface IInt64BytesEntry
         * @augments webcast.Int64BytesEntry.$Properties
         * @deprecated Use webcast.Int64BytesEntry.$Properties instead.
         */

        /**
         * Shape of an Int64BytesEntry.
         * @typedef {webcast.Int64BytesEntry.$Properties} webcast.Int64BytesEntry.$Shape
         */

        /**
         * Constructs a new Int64BytesEntry.
         * @memberof webcast
         * @classdesc Represents an Int64BytesEntry.
         * @constructor
         * @param {webcast.Int64BytesEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Int64BytesEntry = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Int64BytesEntry key.
         * @member {number|Long} key
         * @memberof webcast.Int64BytesEntry
         * @instance
         */
        Int64BytesEntry.prototype.key = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Int64BytesEntry value.
         * @member {Uint8Array} value
         * @memberof webcast.Int64BytesEntry
         * @instance
         */
        Int64BytesEntry.prototype.value = $util.newBuffer([]);

        /**
         * Encodes the specified Int64BytesEntry message. Does not implicitly {@link webcast.Int64BytesEntry.verify|verify} messages.
         * @function encode
         * @memberof webcast.Int64BytesEntry
         * @static
         * @param {webcast.Int64BytesEntry.$Properties} message Int64BytesEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Int64BytesEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.key);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Int64BytesEntry message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.Int64BytesEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.Int64BytesEntry & webcast.Int64BytesEntry.$Shape} Int64BytesEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Int64BytesEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.Int64BytesEntry();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.key = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.value = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Int64BytesEntry;
    })();

    webcast.WebcastLinkMicBattle = (function() {

        /**
         * Properties of a WebcastLinkMicBattle.
         * @typedef {Object} webcast.WebcastLinkMicBattle.$Properties
         * @property {Uint8Array|null} [common] WebcastLinkMicBattle common
         * @property {number|Long|null} [battleId] WebcastLinkMicBattle battleId
         * @property {number|null} [action] WebcastLinkMicBattle action
         * @property {Array.<webcast.Int64BytesEntry.$Properties>|null} [battleResult] WebcastLinkMicBattle battleResult
         * @property {Array.<webcast.Int64BytesEntry.$Properties>|null} [anchorInfo] WebcastLinkMicBattle anchorInfo
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastLinkMicBattle.
         * @memberof webcast
         * @interface IWebcastLinkMicBattle
         * @augments webcast.WebcastLinkMicBattle.$Properties
         * @deprecated Use webcast.WebcastLinkMicBattle.$Properties instead.
         */

        /**
         * Shape of a WebcastLinkMicBattle.
         * @typedef {webcast.WebcastLinkMicBattle.$Properties} webcast.WebcastLinkMicBattle.$Shape
         */

        /**
         * Constructs a new WebcastLinkMicBattle.
         * @memberof webcast
         * @classdesc Represents a WebcastLinkMicBattle.
         * @constructor
         * @param {webcast.WebcastLinkMicBattle.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastLinkMicBattle = function (properties) {
            this.battleResult = [];
            this.anchorInfo = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastLinkMicBattle common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastLinkMicBattle
         * @instance
         */
        WebcastLinkMicBattle.prototype.common = $util.newBuffer([]);

        /**
         * WebcastLinkMicBattle battleId.
         * @member {number|Long} battleId
         * @memberof webcast.WebcastLinkMicBattle
         * @instance
         */
        WebcastLinkMicBattle.prototype.battleId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastLinkMicBattle action.
         * @member {number} action
         * @memberof webcast.WebcastLinkMicBattle
         * @instance
         */
        WebcastLinkMicBattle.prototype.action = 0;

        /**
         * WebcastLinkMicBattle battleResult.
         * @member {Array.<webcast.Int64BytesEntry.$Properties>} battleResult
         * @memberof webcast.WebcastLinkMicBattle
         * @instance
         */
        WebcastLinkMicBattle.prototype.battleResult = $util.emptyArray;

        /**
         * WebcastLinkMicBattle anchorInfo.
         * @member {Array.<webcast.Int64BytesEntry.$Properties>} anchorInfo
         * @memberof webcast.WebcastLinkMicBattle
         * @instance
         */
        WebcastLinkMicBattle.prototype.anchorInfo = $util.emptyArray;

        /**
         * Encodes the specified WebcastLinkMicBattle message. Does not implicitly {@link webcast.WebcastLinkMicBattle.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastLinkMicBattle
         * @static
         * @param {webcast.WebcastLinkMicBattle.$Properties} message WebcastLinkMicBattle message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastLinkMicBattle.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.battleId != null && $Object.hasOwnProperty.call(message, "battleId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.battleId);
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.action);
            if (message.battleResult != null && message.battleResult.length)
                for (var i = 0; i < message.battleResult.length; ++i)
                    $root.webcast.Int64BytesEntry.encode(message.battleResult[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.anchorInfo != null && message.anchorInfo.length)
                for (var i = 0; i < message.anchorInfo.length; ++i)
                    $root.webcast.Int64BytesEntry.encode(message.anchorInfo[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastLinkMicBattle message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastLinkMicBattle
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastLinkMicBattle & webcast.WebcastLinkMicBattle.$Shape} WebcastLinkMicBattle
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastLinkMicBattle.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastLinkMicBattle();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.battleId = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.action = reader.int32();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.battleResult && message.battleResult.length))
                            message.battleResult = [];
                        message.battleResult.push($root.webcast.Int64BytesEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.anchorInfo && message.anchorInfo.length))
                            message.anchorInfo = [];
                        message.anchorInfo.push($root.webcast.Int64BytesEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastLinkMicBattle;
    })();

    webcast.BattleResult = (function() {

        /**
         * Properties of a BattleResult.
         * @typedef {Object} webcast.BattleResult.$Properties
         * @property {number|Long|null} [userId] BattleResult userId
         * @property {number|null} [result] BattleResult result
         * @property {number|Long|null} [score] BattleResult score
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BattleResult.
         * @memberof webcast
         * @interface IBattleResult
         * @augments webcast.BattleResult.$Properties
         * @deprecated Use webcast.BattleResult.$Properties instead.
         */

        /**
         * Shape of a BattleResult.
         * @typedef {webcast.BattleResult.$Properties} webcast.BattleResult.$Shape
         */

        /**
         * Constructs a new BattleResult.
         * @memberof webcast
         * @classdesc Represents a BattleResult.
         * @constructor
         * @param {webcast.BattleResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BattleResult = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BattleResult userId.
         * @member {number|Long} userId
         * @memberof webcast.BattleResult
         * @instance
         */
        BattleResult.prototype.userId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BattleResult result.
         * @member {number} result
         * @memberof webcast.BattleResult
         * @instance
         */
        BattleResult.prototype.result = 0;

        /**
         * BattleResult score.
         * @member {number|Long} score
         * @memberof webcast.BattleResult
         * @instance
         */
        BattleResult.prototype.score = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified BattleResult message. Does not implicitly {@link webcast.BattleResult.verify|verify} messages.
         * @function encode
         * @memberof webcast.BattleResult
         * @static
         * @param {webcast.BattleResult.$Properties} message BattleResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BattleResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.userId);
            if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.result);
            if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.score);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BattleResult message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BattleResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BattleResult & webcast.BattleResult.$Shape} BattleResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BattleResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BattleResult();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.userId = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.result = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.score = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BattleResult;
    })();

    webcast.BattleUserInfo = (function() {

        /**
         * Properties of a BattleUserInfo.
         * @typedef {Object} webcast.BattleUserInfo.$Properties
         * @property {webcast.BattleUser.$Properties|null} [user] BattleUserInfo user
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BattleUserInfo.
         * @memberof webcast
         * @interface IBattleUserInfo
         * @augments webcast.BattleUserInfo.$Properties
         * @deprecated Use webcast.BattleUserInfo.$Properties instead.
         */

        /**
         * Shape of a BattleUserInfo.
         * @typedef {webcast.BattleUserInfo.$Properties} webcast.BattleUserInfo.$Shape
         */

        /**
         * Constructs a new BattleUserInfo.
         * @memberof webcast
         * @classdesc Represents a BattleUserInfo.
         * @constructor
         * @param {webcast.BattleUserInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BattleUserInfo = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BattleUserInfo user.
         * @member {webcast.BattleUser.$Properties|null|undefined} user
         * @memberof webcast.BattleUserInfo
         * @instance
         */
        BattleUserInfo.prototype.user = null;

        /**
         * Encodes the specified BattleUserInfo message. Does not implicitly {@link webcast.BattleUserInfo.verify|verify} messages.
         * @function encode
         * @memberof webcast.BattleUserInfo
         * @static
         * @param {webcast.BattleUserInfo.$Properties} message BattleUserInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BattleUserInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                $root.webcast.BattleUser.encode(message.user, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BattleUserInfo message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BattleUserInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BattleUserInfo & webcast.BattleUserInfo.$Shape} BattleUserInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BattleUserInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BattleUserInfo();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.user = $root.webcast.BattleUser.decode(reader, reader.size(), $undefined, _depth + 1, message.user);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BattleUserInfo;
    })();

    webcast.BattleUser = (function() {

        /**
         * Properties of a BattleUser.
         * @typedef {Object} webcast.BattleUser.$Properties
         * @property {number|Long|null} [userId] BattleUser userId
         * @property {string|null} [nickName] BattleUser nickName
         * @property {webcast.Image.$Properties|null} [avatarThumb] BattleUser avatarThumb
         * @property {string|null} [displayId] BattleUser displayId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BattleUser.
         * @memberof webcast
         * @interface IBattleUser
         * @augments webcast.BattleUser.$Properties
         * @deprecated Use webcast.BattleUser.$Properties instead.
         */

        /**
         * Shape of a BattleUser.
         * @typedef {webcast.BattleUser.$Properties} webcast.BattleUser.$Shape
         */

        /**
         * Constructs a new BattleUser.
         * @memberof webcast
         * @classdesc Represents a BattleUser.
         * @constructor
         * @param {webcast.BattleUser.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BattleUser = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BattleUser userId.
         * @member {number|Long} userId
         * @memberof webcast.BattleUser
         * @instance
         */
        BattleUser.prototype.userId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BattleUser nickName.
         * @member {string} nickName
         * @memberof webcast.BattleUser
         * @instance
         */
        BattleUser.prototype.nickName = "";

        /**
         * BattleUser avatarThumb.
         * @member {webcast.Image.$Properties|null|undefined} avatarThumb
         * @memberof webcast.BattleUser
         * @instance
         */
        BattleUser.prototype.avatarThumb = null;

        /**
         * BattleUser displayId.
         * @member {string} displayId
         * @memberof webcast.BattleUser
         * @instance
         */
        BattleUser.prototype.displayId = "";

        /**
         * Encodes the specified BattleUser message. Does not implicitly {@link webcast.BattleUser.verify|verify} messages.
         * @function encode
         * @memberof webcast.BattleUser
         * @static
         * @param {webcast.BattleUser.$Properties} message BattleUser message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BattleUser.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.userId);
            if (message.nickName != null && $Object.hasOwnProperty.call(message, "nickName"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.nickName);
            if (message.avatarThumb != null && $Object.hasOwnProperty.call(message, "avatarThumb"))
                $root.webcast.Image.encode(message.avatarThumb, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.displayId != null && $Object.hasOwnProperty.call(message, "displayId"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.displayId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BattleUser message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BattleUser
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BattleUser & webcast.BattleUser.$Shape} BattleUser
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BattleUser.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BattleUser();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.userId = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.nickName = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.avatarThumb = $root.webcast.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.avatarThumb);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.displayId = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BattleUser;
    })();

    webcast.WebcastLinkMicArmies = (function() {

        /**
         * Properties of a WebcastLinkMicArmies.
         * @typedef {Object} webcast.WebcastLinkMicArmies.$Properties
         * @property {Uint8Array|null} [common] WebcastLinkMicArmies common
         * @property {number|Long|null} [battleId] WebcastLinkMicArmies battleId
         * @property {Array.<webcast.Int64BytesEntry.$Properties>|null} [battleItems] WebcastLinkMicArmies battleItems
         * @property {number|Long|null} [channelId] WebcastLinkMicArmies channelId
         * @property {number|null} [battleStatus] WebcastLinkMicArmies battleStatus
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastLinkMicArmies.
         * @memberof webcast
         * @interface IWebcastLinkMicArmies
         * @augments webcast.WebcastLinkMicArmies.$Properties
         * @deprecated Use webcast.WebcastLinkMicArmies.$Properties instead.
         */

        /**
         * Shape of a WebcastLinkMicArmies.
         * @typedef {webcast.WebcastLinkMicArmies.$Properties} webcast.WebcastLinkMicArmies.$Shape
         */

        /**
         * Constructs a new WebcastLinkMicArmies.
         * @memberof webcast
         * @classdesc Represents a WebcastLinkMicArmies.
         * @constructor
         * @param {webcast.WebcastLinkMicArmies.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastLinkMicArmies = function (properties) {
            this.battleItems = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastLinkMicArmies common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastLinkMicArmies
         * @instance
         */
        WebcastLinkMicArmies.prototype.common = $util.newBuffer([]);

        /**
         * WebcastLinkMicArmies battleId.
         * @member {number|Long} battleId
         * @memberof webcast.WebcastLinkMicArmies
         * @instance
         */
        WebcastLinkMicArmies.prototype.battleId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastLinkMicArmies battleItems.
         * @member {Array.<webcast.Int64BytesEntry.$Properties>} battleItems
         * @memberof webcast.WebcastLinkMicArmies
         * @instance
         */
        WebcastLinkMicArmies.prototype.battleItems = $util.emptyArray;

        /**
         * WebcastLinkMicArmies channelId.
         * @member {number|Long} channelId
         * @memberof webcast.WebcastLinkMicArmies
         * @instance
         */
        WebcastLinkMicArmies.prototype.channelId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastLinkMicArmies battleStatus.
         * @member {number} battleStatus
         * @memberof webcast.WebcastLinkMicArmies
         * @instance
         */
        WebcastLinkMicArmies.prototype.battleStatus = 0;

        /**
         * Encodes the specified WebcastLinkMicArmies message. Does not implicitly {@link webcast.WebcastLinkMicArmies.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastLinkMicArmies
         * @static
         * @param {webcast.WebcastLinkMicArmies.$Properties} message WebcastLinkMicArmies message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastLinkMicArmies.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.battleId != null && $Object.hasOwnProperty.call(message, "battleId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.battleId);
            if (message.battleItems != null && message.battleItems.length)
                for (var i = 0; i < message.battleItems.length; ++i)
                    $root.webcast.Int64BytesEntry.encode(message.battleItems[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.channelId);
            if (message.battleStatus != null && $Object.hasOwnProperty.call(message, "battleStatus"))
                writer.uint32(/* id 7, wireType 0 =*/56).int32(message.battleStatus);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastLinkMicArmies message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastLinkMicArmies
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastLinkMicArmies & webcast.WebcastLinkMicArmies.$Shape} WebcastLinkMicArmies
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastLinkMicArmies.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastLinkMicArmies();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.battleId = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.battleItems && message.battleItems.length))
                            message.battleItems = [];
                        message.battleItems.push($root.webcast.Int64BytesEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.channelId = reader.int64();
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        message.battleStatus = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastLinkMicArmies;
    })();

    webcast.BattleUserArmies = (function() {

        /**
         * Properties of a BattleUserArmies.
         * @typedef {Object} webcast.BattleUserArmies.$Properties
         * @property {Array.<webcast.BattleUserArmy.$Properties>|null} [userArmy] BattleUserArmies userArmy
         * @property {number|Long|null} [hostScore] BattleUserArmies hostScore
         * @property {string|null} [anchorIdStr] BattleUserArmies anchorIdStr
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BattleUserArmies.
         * @memberof webcast
         * @interface IBattleUserArmies
         * @augments webcast.BattleUserArmies.$Properties
         * @deprecated Use webcast.BattleUserArmies.$Properties instead.
         */

        /**
         * Shape of a BattleUserArmies.
         * @typedef {webcast.BattleUserArmies.$Properties} webcast.BattleUserArmies.$Shape
         */

        /**
         * Constructs a new BattleUserArmies.
         * @memberof webcast
         * @classdesc Represents a BattleUserArmies.
         * @constructor
         * @param {webcast.BattleUserArmies.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BattleUserArmies = function (properties) {
            this.userArmy = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BattleUserArmies userArmy.
         * @member {Array.<webcast.BattleUserArmy.$Properties>} userArmy
         * @memberof webcast.BattleUserArmies
         * @instance
         */
        BattleUserArmies.prototype.userArmy = $util.emptyArray;

        /**
         * BattleUserArmies hostScore.
         * @member {number|Long} hostScore
         * @memberof webcast.BattleUserArmies
         * @instance
         */
        BattleUserArmies.prototype.hostScore = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BattleUserArmies anchorIdStr.
         * @member {string} anchorIdStr
         * @memberof webcast.BattleUserArmies
         * @instance
         */
        BattleUserArmies.prototype.anchorIdStr = "";

        /**
         * Encodes the specified BattleUserArmies message. Does not implicitly {@link webcast.BattleUserArmies.verify|verify} messages.
         * @function encode
         * @memberof webcast.BattleUserArmies
         * @static
         * @param {webcast.BattleUserArmies.$Properties} message BattleUserArmies message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BattleUserArmies.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.userArmy != null && message.userArmy.length)
                for (var i = 0; i < message.userArmy.length; ++i)
                    $root.webcast.BattleUserArmy.encode(message.userArmy[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.hostScore != null && $Object.hasOwnProperty.call(message, "hostScore"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.hostScore);
            if (message.anchorIdStr != null && $Object.hasOwnProperty.call(message, "anchorIdStr"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.anchorIdStr);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BattleUserArmies message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BattleUserArmies
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BattleUserArmies & webcast.BattleUserArmies.$Shape} BattleUserArmies
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BattleUserArmies.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BattleUserArmies();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.userArmy && message.userArmy.length))
                            message.userArmy = [];
                        message.userArmy.push($root.webcast.BattleUserArmy.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.hostScore = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.anchorIdStr = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BattleUserArmies;
    })();

    webcast.BattleUserArmy = (function() {

        /**
         * Properties of a BattleUserArmy.
         * @typedef {Object} webcast.BattleUserArmy.$Properties
         * @property {number|Long|null} [userId] BattleUserArmy userId
         * @property {number|Long|null} [score] BattleUserArmy score
         * @property {string|null} [nickname] BattleUserArmy nickname
         * @property {webcast.Image.$Properties|null} [avatarThumb] BattleUserArmy avatarThumb
         * @property {number|Long|null} [diamondScore] BattleUserArmy diamondScore
         * @property {string|null} [userIdStr] BattleUserArmy userIdStr
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BattleUserArmy.
         * @memberof webcast
         * @interface IBattleUserArmy
         * @augments webcast.BattleUserArmy.$Properties
         * @deprecated Use webcast.BattleUserArmy.$Properties instead.
         */

        /**
         * Shape of a BattleUserArmy.
         * @typedef {webcast.BattleUserArmy.$Properties} webcast.BattleUserArmy.$Shape
         */

        /**
         * Constructs a new BattleUserArmy.
         * @memberof webcast
         * @classdesc Represents a BattleUserArmy.
         * @constructor
         * @param {webcast.BattleUserArmy.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var BattleUserArmy = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BattleUserArmy userId.
         * @member {number|Long} userId
         * @memberof webcast.BattleUserArmy
         * @instance
         */
        BattleUserArmy.prototype.userId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BattleUserArmy score.
         * @member {number|Long} score
         * @memberof webcast.BattleUserArmy
         * @instance
         */
        BattleUserArmy.prototype.score = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BattleUserArmy nickname.
         * @member {string} nickname
         * @memberof webcast.BattleUserArmy
         * @instance
         */
        BattleUserArmy.prototype.nickname = "";

        /**
         * BattleUserArmy avatarThumb.
         * @member {webcast.Image.$Properties|null|undefined} avatarThumb
         * @memberof webcast.BattleUserArmy
         * @instance
         */
        BattleUserArmy.prototype.avatarThumb = null;

        /**
         * BattleUserArmy diamondScore.
         * @member {number|Long} diamondScore
         * @memberof webcast.BattleUserArmy
         * @instance
         */
        BattleUserArmy.prototype.diamondScore = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BattleUserArmy userIdStr.
         * @member {string} userIdStr
         * @memberof webcast.BattleUserArmy
         * @instance
         */
        BattleUserArmy.prototype.userIdStr = "";

        /**
         * Encodes the specified BattleUserArmy message. Does not implicitly {@link webcast.BattleUserArmy.verify|verify} messages.
         * @function encode
         * @memberof webcast.BattleUserArmy
         * @static
         * @param {webcast.BattleUserArmy.$Properties} message BattleUserArmy message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BattleUserArmy.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.userId);
            if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.score);
            if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.nickname);
            if (message.avatarThumb != null && $Object.hasOwnProperty.call(message, "avatarThumb"))
                $root.webcast.Image.encode(message.avatarThumb, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.diamondScore != null && $Object.hasOwnProperty.call(message, "diamondScore"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.diamondScore);
            if (message.userIdStr != null && $Object.hasOwnProperty.call(message, "userIdStr"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.userIdStr);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a BattleUserArmy message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.BattleUserArmy
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.BattleUserArmy & webcast.BattleUserArmy.$Shape} BattleUserArmy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BattleUserArmy.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.BattleUserArmy();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.userId = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.score = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.nickname = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.avatarThumb = $root.webcast.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.avatarThumb);
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.diamondScore = reader.int64();
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.userIdStr = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BattleUserArmy;
    })();

    webcast.WebcastRoomMessage = (function() {

        /**
         * Properties of a WebcastRoomMessage.
         * @typedef {Object} webcast.WebcastRoomMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastRoomMessage common
         * @property {string|null} [content] WebcastRoomMessage content
         * @property {number|Long|null} [source] WebcastRoomMessage source
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastRoomMessage.
         * @memberof webcast
         * @interface IWebcastRoomMessage
         * @augments webcast.WebcastRoomMessage.$Properties
         * @deprecated Use webcast.WebcastRoomMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastRoomMessage.
         * @typedef {webcast.WebcastRoomMessage.$Properties} webcast.WebcastRoomMessage.$Shape
         */

        /**
         * Constructs a new WebcastRoomMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastRoomMessage.
         * @constructor
         * @param {webcast.WebcastRoomMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastRoomMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastRoomMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastRoomMessage
         * @instance
         */
        WebcastRoomMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastRoomMessage content.
         * @member {string} content
         * @memberof webcast.WebcastRoomMessage
         * @instance
         */
        WebcastRoomMessage.prototype.content = "";

        /**
         * WebcastRoomMessage source.
         * @member {number|Long} source
         * @memberof webcast.WebcastRoomMessage
         * @instance
         */
        WebcastRoomMessage.prototype.source = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified WebcastRoomMessage message. Does not implicitly {@link webcast.WebcastRoomMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastRoomMessage
         * @static
         * @param {webcast.WebcastRoomMessage.$Properties} message WebcastRoomMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastRoomMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
            if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.source);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastRoomMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastRoomMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastRoomMessage & webcast.WebcastRoomMessage.$Shape} WebcastRoomMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastRoomMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastRoomMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.content = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.source = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastRoomMessage;
    })();

    webcast.WebcastLiveIntroMessage = (function() {

        /**
         * Properties of a WebcastLiveIntroMessage.
         * @typedef {Object} webcast.WebcastLiveIntroMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastLiveIntroMessage common
         * @property {number|Long|null} [roomId] WebcastLiveIntroMessage roomId
         * @property {number|null} [auditStatus] WebcastLiveIntroMessage auditStatus
         * @property {string|null} [content] WebcastLiveIntroMessage content
         * @property {Uint8Array|null} [host] WebcastLiveIntroMessage host
         * @property {string|null} [language] WebcastLiveIntroMessage language
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastLiveIntroMessage.
         * @memberof webcast
         * @interface IWebcastLiveIntroMessage
         * @augments webcast.WebcastLiveIntroMessage.$Properties
         * @deprecated Use webcast.WebcastLiveIntroMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastLiveIntroMessage.
         * @typedef {webcast.WebcastLiveIntroMessage.$Properties} webcast.WebcastLiveIntroMessage.$Shape
         */

        /**
         * Constructs a new WebcastLiveIntroMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastLiveIntroMessage.
         * @constructor
         * @param {webcast.WebcastLiveIntroMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastLiveIntroMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastLiveIntroMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastLiveIntroMessage
         * @instance
         */
        WebcastLiveIntroMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastLiveIntroMessage roomId.
         * @member {number|Long} roomId
         * @memberof webcast.WebcastLiveIntroMessage
         * @instance
         */
        WebcastLiveIntroMessage.prototype.roomId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastLiveIntroMessage auditStatus.
         * @member {number} auditStatus
         * @memberof webcast.WebcastLiveIntroMessage
         * @instance
         */
        WebcastLiveIntroMessage.prototype.auditStatus = 0;

        /**
         * WebcastLiveIntroMessage content.
         * @member {string} content
         * @memberof webcast.WebcastLiveIntroMessage
         * @instance
         */
        WebcastLiveIntroMessage.prototype.content = "";

        /**
         * WebcastLiveIntroMessage host.
         * @member {Uint8Array} host
         * @memberof webcast.WebcastLiveIntroMessage
         * @instance
         */
        WebcastLiveIntroMessage.prototype.host = $util.newBuffer([]);

        /**
         * WebcastLiveIntroMessage language.
         * @member {string} language
         * @memberof webcast.WebcastLiveIntroMessage
         * @instance
         */
        WebcastLiveIntroMessage.prototype.language = "";

        /**
         * Encodes the specified WebcastLiveIntroMessage message. Does not implicitly {@link webcast.WebcastLiveIntroMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastLiveIntroMessage
         * @static
         * @param {webcast.WebcastLiveIntroMessage.$Properties} message WebcastLiveIntroMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastLiveIntroMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.roomId);
            if (message.auditStatus != null && $Object.hasOwnProperty.call(message, "auditStatus"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.auditStatus);
            if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.content);
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.host);
            if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.language);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastLiveIntroMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastLiveIntroMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastLiveIntroMessage & webcast.WebcastLiveIntroMessage.$Shape} WebcastLiveIntroMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastLiveIntroMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastLiveIntroMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.roomId = reader.int64();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.auditStatus = reader.int32();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.content = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.host = reader.bytes();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.language = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastLiveIntroMessage;
    })();

    webcast.WebcastEmoteChatMessage = (function() {

        /**
         * Properties of a WebcastEmoteChatMessage.
         * @typedef {Object} webcast.WebcastEmoteChatMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastEmoteChatMessage common
         * @property {Uint8Array|null} [user] WebcastEmoteChatMessage user
         * @property {Array.<Uint8Array>|null} [emoteList] WebcastEmoteChatMessage emoteList
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastEmoteChatMessage.
         * @memberof webcast
         * @interface IWebcastEmoteChatMessage
         * @augments webcast.WebcastEmoteChatMessage.$Properties
         * @deprecated Use webcast.WebcastEmoteChatMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastEmoteChatMessage.
         * @typedef {webcast.WebcastEmoteChatMessage.$Properties} webcast.WebcastEmoteChatMessage.$Shape
         */

        /**
         * Constructs a new WebcastEmoteChatMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastEmoteChatMessage.
         * @constructor
         * @param {webcast.WebcastEmoteChatMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastEmoteChatMessage = function (properties) {
            this.emoteList = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastEmoteChatMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastEmoteChatMessage
         * @instance
         */
        WebcastEmoteChatMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastEmoteChatMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastEmoteChatMessage
         * @instance
         */
        WebcastEmoteChatMessage.prototype.user = $util.newBuffer([]);

        /**
         * WebcastEmoteChatMessage emoteList.
         * @member {Array.<Uint8Array>} emoteList
         * @memberof webcast.WebcastEmoteChatMessage
         * @instance
         */
        WebcastEmoteChatMessage.prototype.emoteList = $util.emptyArray;

        /**
         * Encodes the specified WebcastEmoteChatMessage message. Does not implicitly {@link webcast.WebcastEmoteChatMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastEmoteChatMessage
         * @static
         * @param {webcast.WebcastEmoteChatMessage.$Properties} message WebcastEmoteChatMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastEmoteChatMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.user);
            if (message.emoteList != null && message.emoteList.length)
                for (var i = 0; i < message.emoteList.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.emoteList[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastEmoteChatMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastEmoteChatMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastEmoteChatMessage & webcast.WebcastEmoteChatMessage.$Shape} WebcastEmoteChatMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastEmoteChatMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastEmoteChatMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.emoteList && message.emoteList.length))
                            message.emoteList = [];
                        message.emoteList.push(reader.bytes());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastEmoteChatMessage;
    })();

    webcast.Emote = (function() {

        /**
         * Properties of an Emote.
         * @typedef {Object} webcast.Emote.$Properties
         * @property {string|null} [emoteId] Emote emoteId
         * @property {webcast.Image.$Properties|null} [image] Emote image
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Emote.
         * @memberof webcast
         * @interface IEmote
         * @augments webcast.Emote.$Properties
         * @deprecated Use webcast.Emote.$Properties instead.
         */

        /**
         * Shape of an Emote.
         * @typedef {webcast.Emote.$Properties} webcast.Emote.$Shape
         */

        /**
         * Constructs a new Emote.
         * @memberof webcast
         * @classdesc Represents an Emote.
         * @constructor
         * @param {webcast.Emote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Emote = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Emote emoteId.
         * @member {string} emoteId
         * @memberof webcast.Emote
         * @instance
         */
        Emote.prototype.emoteId = "";

        /**
         * Emote image.
         * @member {webcast.Image.$Properties|null|undefined} image
         * @memberof webcast.Emote
         * @instance
         */
        Emote.prototype.image = null;

        /**
         * Encodes the specified Emote message. Does not implicitly {@link webcast.Emote.verify|verify} messages.
         * @function encode
         * @memberof webcast.Emote
         * @static
         * @param {webcast.Emote.$Properties} message Emote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Emote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.emoteId != null && $Object.hasOwnProperty.call(message, "emoteId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.emoteId);
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                $root.webcast.Image.encode(message.image, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Emote message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.Emote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.Emote & webcast.Emote.$Shape} Emote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Emote.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.Emote();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.emoteId = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.image = $root.webcast.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Emote;
    })();

    webcast.WebcastEnvelopeMessage = (function() {

        /**
         * Properties of a WebcastEnvelopeMessage.
         * @typedef {Object} webcast.WebcastEnvelopeMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastEnvelopeMessage common
         * @property {number|null} [display] WebcastEnvelopeMessage display
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastEnvelopeMessage.
         * @memberof webcast
         * @interface IWebcastEnvelopeMessage
         * @augments webcast.WebcastEnvelopeMessage.$Properties
         * @deprecated Use webcast.WebcastEnvelopeMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastEnvelopeMessage.
         * @typedef {webcast.WebcastEnvelopeMessage.$Properties} webcast.WebcastEnvelopeMessage.$Shape
         */

        /**
         * Constructs a new WebcastEnvelopeMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastEnvelopeMessage.
         * @constructor
         * @param {webcast.WebcastEnvelopeMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastEnvelopeMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastEnvelopeMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastEnvelopeMessage
         * @instance
         */
        WebcastEnvelopeMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastEnvelopeMessage display.
         * @member {number} display
         * @memberof webcast.WebcastEnvelopeMessage
         * @instance
         */
        WebcastEnvelopeMessage.prototype.display = 0;

        /**
         * Encodes the specified WebcastEnvelopeMessage message. Does not implicitly {@link webcast.WebcastEnvelopeMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastEnvelopeMessage
         * @static
         * @param {webcast.WebcastEnvelopeMessage.$Properties} message WebcastEnvelopeMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastEnvelopeMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.display != null && $Object.hasOwnProperty.call(message, "display"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.display);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastEnvelopeMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastEnvelopeMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastEnvelopeMessage & webcast.WebcastEnvelopeMessage.$Shape} WebcastEnvelopeMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastEnvelopeMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastEnvelopeMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.display = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastEnvelopeMessage;
    })();

    webcast.WebcastSubNotifyMessage = (function() {

        /**
         * Properties of a WebcastSubNotifyMessage.
         * @typedef {Object} webcast.WebcastSubNotifyMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastSubNotifyMessage common
         * @property {Uint8Array|null} [user] WebcastSubNotifyMessage user
         * @property {number|null} [exhibitionType] WebcastSubNotifyMessage exhibitionType
         * @property {number|Long|null} [subMonth] WebcastSubNotifyMessage subMonth
         * @property {number|null} [subscribeType] WebcastSubNotifyMessage subscribeType
         * @property {number|null} [oldSubscribeStatus] WebcastSubNotifyMessage oldSubscribeStatus
         * @property {number|null} [subscribingStatus] WebcastSubNotifyMessage subscribingStatus
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastSubNotifyMessage.
         * @memberof webcast
         * @interface IWebcastSubNotifyMessage
         * @augments webcast.WebcastSubNotifyMessage.$Properties
         * @deprecated Use webcast.WebcastSubNotifyMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastSubNotifyMessage.
         * @typedef {webcast.WebcastSubNotifyMessage.$Properties} webcast.WebcastSubNotifyMessage.$Shape
         */

        /**
         * Constructs a new WebcastSubNotifyMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastSubNotifyMessage.
         * @constructor
         * @param {webcast.WebcastSubNotifyMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastSubNotifyMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastSubNotifyMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.common = $util.newBuffer([]);

        /**
         * WebcastSubNotifyMessage user.
         * @member {Uint8Array} user
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.user = $util.newBuffer([]);

        /**
         * WebcastSubNotifyMessage exhibitionType.
         * @member {number} exhibitionType
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.exhibitionType = 0;

        /**
         * WebcastSubNotifyMessage subMonth.
         * @member {number|Long} subMonth
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.subMonth = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WebcastSubNotifyMessage subscribeType.
         * @member {number} subscribeType
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.subscribeType = 0;

        /**
         * WebcastSubNotifyMessage oldSubscribeStatus.
         * @member {number} oldSubscribeStatus
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.oldSubscribeStatus = 0;

        /**
         * WebcastSubNotifyMessage subscribingStatus.
         * @member {number} subscribingStatus
         * @memberof webcast.WebcastSubNotifyMessage
         * @instance
         */
        WebcastSubNotifyMessage.prototype.subscribingStatus = 0;

        /**
         * Encodes the specified WebcastSubNotifyMessage message. Does not implicitly {@link webcast.WebcastSubNotifyMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastSubNotifyMessage
         * @static
         * @param {webcast.WebcastSubNotifyMessage.$Properties} message WebcastSubNotifyMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastSubNotifyMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.user);
            if (message.exhibitionType != null && $Object.hasOwnProperty.call(message, "exhibitionType"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.exhibitionType);
            if (message.subMonth != null && $Object.hasOwnProperty.call(message, "subMonth"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.subMonth);
            if (message.subscribeType != null && $Object.hasOwnProperty.call(message, "subscribeType"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.subscribeType);
            if (message.oldSubscribeStatus != null && $Object.hasOwnProperty.call(message, "oldSubscribeStatus"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.oldSubscribeStatus);
            if (message.subscribingStatus != null && $Object.hasOwnProperty.call(message, "subscribingStatus"))
                writer.uint32(/* id 8, wireType 0 =*/64).int32(message.subscribingStatus);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastSubNotifyMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastSubNotifyMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastSubNotifyMessage & webcast.WebcastSubNotifyMessage.$Shape} WebcastSubNotifyMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastSubNotifyMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastSubNotifyMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.user = reader.bytes();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.exhibitionType = reader.int32();
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.subMonth = reader.int64();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.subscribeType = reader.int32();
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.oldSubscribeStatus = reader.int32();
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.subscribingStatus = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastSubNotifyMessage;
    })();

    webcast.WebcastInRoomBannerMessage = (function() {

        /**
         * Properties of a WebcastInRoomBannerMessage.
         * @typedef {Object} webcast.WebcastInRoomBannerMessage.$Properties
         * @property {Uint8Array|null} [common] WebcastInRoomBannerMessage common
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebcastInRoomBannerMessage.
         * @memberof webcast
         * @interface IWebcastInRoomBannerMessage
         * @augments webcast.WebcastInRoomBannerMessage.$Properties
         * @deprecated Use webcast.WebcastInRoomBannerMessage.$Properties instead.
         */

        /**
         * Shape of a WebcastInRoomBannerMessage.
         * @typedef {webcast.WebcastInRoomBannerMessage.$Properties} webcast.WebcastInRoomBannerMessage.$Shape
         */

        /**
         * Constructs a new WebcastInRoomBannerMessage.
         * @memberof webcast
         * @classdesc Represents a WebcastInRoomBannerMessage.
         * @constructor
         * @param {webcast.WebcastInRoomBannerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var WebcastInRoomBannerMessage = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WebcastInRoomBannerMessage common.
         * @member {Uint8Array} common
         * @memberof webcast.WebcastInRoomBannerMessage
         * @instance
         */
        WebcastInRoomBannerMessage.prototype.common = $util.newBuffer([]);

        /**
         * Encodes the specified WebcastInRoomBannerMessage message. Does not implicitly {@link webcast.WebcastInRoomBannerMessage.verify|verify} messages.
         * @function encode
         * @memberof webcast.WebcastInRoomBannerMessage
         * @static
         * @param {webcast.WebcastInRoomBannerMessage.$Properties} message WebcastInRoomBannerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebcastInRoomBannerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.common != null && $Object.hasOwnProperty.call(message, "common"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.common);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a WebcastInRoomBannerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof webcast.WebcastInRoomBannerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {webcast.WebcastInRoomBannerMessage & webcast.WebcastInRoomBannerMessage.$Shape} WebcastInRoomBannerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebcastInRoomBannerMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.webcast.WebcastInRoomBannerMessage();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.common = reader.bytes();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return WebcastInRoomBannerMessage;
    })();

    return webcast;
})();

module.exports = $root;
