import Foundation
import MarkdownSupport

/// One document to typeset, as a typesetting worker process receives it, and its answer.
///
/// On the pipe each is a frame: its length as four bytes, big-endian, then its JSON.
struct TypesetJob: Codable {
    var markdown: String
    var file: String
    var style: PDFStyle
    var metadata: PDFMetadata
    var headerName: String?

    /// Typesets the job in this process.
    func run() throws(TypesettingError) -> PDFRendering {
        let document = CommonMarkConverter.parse(markdown, file: file)
        return try PDFTypesetter.typeset(document, style: style, metadata: metadata, headerName: headerName)
    }

    /// On the pipe: this as JSON, then the PDF's bytes as a frame of their own (as JSON, even
    /// base64, they would cost about as much as typesetting them).
    struct Answer: Codable {
        var pdf: [UInt8]? = nil  // not encoded: its own frame
        var pageCount = 0
        var warnings: [String] = []
        var missingCharacters = ""
        var error: String?
        var errorHint: String?

        init(_ outcome: Result<PDFRendering, TypesettingError>) {
            switch outcome {
            case .success(let rendering):
                pdf = rendering.bytes
                pageCount = rendering.pageCount
                warnings = rendering.warnings
                missingCharacters = rendering.missingCharacters
            case .failure(let failure):
                error = failure.message
                errorHint = failure.hint
            }
        }

        var outcome: Result<PDFRendering, TypesettingError>? {
            if let error { return .failure(TypesettingError(message: error, hint: errorHint)) }
            guard let pdf else { return nil }
            return .success(PDFRendering(bytes: pdf, pageCount: pageCount, warnings: warnings, missingCharacters: missingCharacters))
        }

        private enum CodingKeys: String, CodingKey { case pageCount, warnings, missingCharacters, error, errorHint }

        func write(to handle: FileHandle) throws {
            try TypesetFrame.write(self, to: handle)
            try TypesetFrame.writeBytes(pdf ?? [], to: handle)
        }

        /// The next answer; nil at the end of the pipe.
        static func read(from handle: FileHandle) throws -> Answer? {
            guard var answer = try TypesetFrame.read(Answer.self, from: handle), let bytes = try TypesetFrame.readBytes(from: handle) else { return nil }
            if answer.error == nil { answer.pdf = bytes }
            return answer
        }
    }
}

/// Frames on a pipe.
enum TypesetFrame {
    static func write<Value: Encodable>(_ value: Value, to handle: FileHandle) throws {
        try writeBytes(Data(try JSONEncoder().encode(value)), to: handle)
    }

    static func writeBytes<Bytes: Collection<UInt8>>(_ body: Bytes, to handle: FileHandle) throws {
        let count = UInt32(body.count)
        var frame = Data([UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)])
        frame.append(contentsOf: body)
        try handle.write(contentsOf: frame)
    }

    /// The next frame's value; nil at the end of the pipe.
    static func read<Value: Decodable>(_ type: Value.Type, from handle: FileHandle) throws -> Value? {
        guard let body = try readBytes(from: handle) else { return nil }
        return try JSONDecoder().decode(type, from: Data(body))
    }

    /// The next frame's bytes; nil at the end of the pipe.
    static func readBytes(from handle: FileHandle) throws -> [UInt8]? {
        guard let header = try readExactly(4, from: handle) else { return nil }
        let count = header.reduce(0) { $0 << 8 | Int($1) }
        return try readExactly(count, from: handle).map { [UInt8]($0) }
    }

    private static func readExactly(_ count: Int, from handle: FileHandle) throws -> Data? {
        var data = Data()
        while data.count < count {
            guard let chunk = try handle.read(upToCount: count - data.count), !chunk.isEmpty else { return nil }
            data.append(chunk)
        }
        return data
    }
}

extension PDFTypesetter {
    /// A typesetting worker's life: answers jobs from `input` on `output` until `input` ends.
    public static func serveJobs(input: FileHandle = .standardInput, output: FileHandle = .standardOutput) throws {
        while let job = try TypesetFrame.read(TypesetJob.self, from: input) {
            let outcome: Result<PDFRendering, TypesettingError>
            do throws(TypesettingError) { outcome = .success(try job.run()) } catch { outcome = .failure(error) }
            try TypesetJob.Answer(outcome).write(to: output)
        }
    }
}
