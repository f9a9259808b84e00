/// The JSON body of every non-2xx response: `{code, message, more_info, status}` plus `detail` when set.
///
/// ```swift
/// ErrorBody(code: 20404, message: "The requested resource /Workspaces/WS… was not found", status: 404)
/// ```
public struct ErrorBody: Codable, Sendable, Hashable {
    /// Twilio error number, e.g. 20001.
    public var code: Int
    /// Human-readable text; clients must not depend on its wording.
    public var message: String
    /// Documentation URL, `https://www.twilio.com/docs/errors/{code}` by default.
    public var moreInfo: String
    /// The HTTP status code.
    public var status: Int
    /// Optional extra explanation; omitted from the JSON when nil.
    public var detail: String?

    /// Creates an error body; `moreInfo` defaults to Twilio's documentation page for `code`.
    public init(code: Int, message: String, status: Int, detail: String? = nil, moreInfo: String? = nil) {
        self.code = code
        self.message = message
        self.status = status
        self.detail = detail
        self.moreInfo = moreInfo ?? Self.moreInfo(for: code)
    }

    /// The 400 / 20001 body for an invalid or missing request parameter.
    public init(_ error: ParameterError) {
        self.init(code: 20001, message: error.message, status: 400)
    }

    /// Twilio's documentation URL for an error code.
    public static func moreInfo(for code: Int) -> String {
        "https://www.twilio.com/docs/errors/\(code)"
    }

    private enum CodingKeys: String, CodingKey {
        case code, message, status, detail
        case moreInfo = "more_info"
        /// `more_info` as seen through ``WireCoding/makeDecoder()``'s key conversion.
        case convertedMoreInfo = "moreInfo"
    }

    /// Decodes an error body; a missing `more_info` falls back to the default URL.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(Int.self, forKey: .code)
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        status = try container.decode(Int.self, forKey: .status)
        detail = try container.decodeIfPresent(String.self, forKey: .detail)
        moreInfo =
            try container.decodeIfPresent(String.self, forKey: .moreInfo)
            ?? container.decodeIfPresent(String.self, forKey: .convertedMoreInfo) ?? Self.moreInfo(for: code)
    }

    /// Encodes `code`, `message`, `more_info`, `status`, and `detail` only when it is set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(moreInfo, forKey: .moreInfo)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(detail, forKey: .detail)
    }
}
