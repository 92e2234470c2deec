import Workspace
import YAMLSupport

/// The sender's contact details on a letter: the persona's CV (without its private fields), with
/// the job's `contact` overriding any of them for that one application.
enum LetterContact {
    static func sender(basics: YAMLNode?, persona: Persona, job: Job) -> CoverLetter.Contact {
        let location = basics?["location"]
        let place = ["city", "region", "countryCode"].compactMap { location?[$0]?.scalarText }.filter { !$0.isEmpty }.joined(separator: ", ")
        var contact = CoverLetter.Contact(
            name: basics?["name"]?.scalarText ?? persona.name, email: basics?["email"]?.scalarText,
            phone: basics?["phone"]?.scalarText, location: place.isEmpty ? nil : place, website: basics?["url"]?.scalarText)
        if let override = job.frontMatter["contact"] {
            func take(_ key: String, _ field: WritableKeyPath<CoverLetter.Contact, String?>) {
                guard let node = override[key] else { return }
                // An empty value removes the field from this letter: `phone: ""`.
                let text = node.scalarText ?? ""
                contact[keyPath: field] = text.isEmpty ? nil : text
            }
            take("name", \.name)
            take("email", \.email)
            take("phone", \.phone)
            take("location", \.location)
            take("website", \.website)
        }
        return contact
    }
}
