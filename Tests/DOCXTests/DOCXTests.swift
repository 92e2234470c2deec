import Testing
@testable import DOCX
