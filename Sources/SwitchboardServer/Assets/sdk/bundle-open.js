/*!
 * Switchboard TaskRouter.js — the TaskRouter.js v1 browser SDK API, for a Switchboard server.
 * Served by the server at /sdk/taskrouter.js. Plain JavaScript, no build step, no dependencies.
 *
 *   <script src="https://switchboard.example.com/sdk/taskrouter.js"></script>
 *   var workspace = new Twilio.TaskRouter.Workspace(WORKSPACE_TOKEN);
 *
 * By default it talks to the server it was loaded from; pass apiBaseUrl and eventBridgeBaseUrl
 * (the 5th and 6th constructor arguments, as in TaskRouter.js v1.21) to point it elsewhere.
 */
;(function (root) {
'use strict';

var SDK_VERSION = '1.21.0-switchboard';
