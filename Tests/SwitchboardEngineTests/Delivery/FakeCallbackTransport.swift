import Foundation
import SwitchboardCore
import SwitchboardEngine
import Synchronization

/// A scripted `CallbackTransport`: answers each URL from its script (then with the default answer) and
/// records every request.
final class FakeCallbackTransport: CallbackTransport {
    struct Request: Sendable {
        var url: String
        var form: [FormField]
        var headers: [(String, String)]
        var timeout: TimeInterval

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    private struct State {
        var requests: [Request] = []
        var scripts: [String: [CallbackResponse]] = [:]
        var defaultResponse: CallbackResponse
    }

    private let state: Mutex<State>

    init(defaultResponse: CallbackResponse = CallbackResponse(status: 204)) {
        state = Mutex(State(defaultResponse: defaultResponse))
    }

    /// The next answers for `url`, in order; once used up, `url` gets the default answer.
    func script(_ url: String, _ responses: CallbackResponse...) {
        state.withLock { $0.scripts[url, default: []].append(contentsOf: responses) }
    }

    /// The answer for every URL without a script.
    func answerByDefault(_ response: CallbackResponse) {
        state.withLock { $0.defaultResponse = response }
    }

    var requests: [Request] { state.withLock { $0.requests } }

    func post(url: String, form: [FormField], headers: [(String, String)], timeout: TimeInterval) async -> CallbackResponse {
        state.withLock { state in
            state.requests.append(Request(url: url, form: form, headers: headers, timeout: timeout))
            if var script = state.scripts[url], !script.isEmpty {
                let response = script.removeFirst()
                state.scripts[url] = script
                return response
            }
            return state.defaultResponse
        }
    }
}
