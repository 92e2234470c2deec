// The Mustache spec's required tests (https://github.com/mustache/spec, specs/*.json at commit 9cb20c3,
// MIT licence, Copyright (c) 2010-2022 Mustache Contributors), transcribed into Swift so tests need no
// download. Long because it is data, one case per spec test. The spec's decimals (1.21) appear as strings,
// since TemplateValue has no floating-point case and prints them the same way.
import Rendering

struct MustacheSpecCase: Sendable, CustomStringConvertible {
    let file: String
    let name: String
    let template: String
    let data: TemplateValue
    let partials: [String: String]
    let expected: String

    var description: String { "\(file): \(name)" }
}

enum MustacheSpec {
    static let comments: [MustacheSpecCase] = [
        MustacheSpecCase(
            file: "comments", name: "Inline",
            template: "12345{{! Comment Block! }}67890",
            data: .object([:]),
            partials: [:],
            expected: "1234567890"),
        MustacheSpecCase(
            file: "comments", name: "Multiline",
            template: "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n",
            data: .object([:]),
            partials: [:],
            expected: "1234567890\n"),
        MustacheSpecCase(
            file: "comments", name: "Standalone",
            template: "Begin.\n{{! Comment Block! }}\nEnd.\n",
            data: .object([:]),
            partials: [:],
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            file: "comments", name: "Indented Standalone",
            template: "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n",
            data: .object([:]),
            partials: [:],
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            file: "comments", name: "Standalone Line Endings",
            template: "|\r\n{{! Standalone Comment }}\r\n|",
            data: .object([:]),
            partials: [:],
            expected: "|\r\n|"),
        MustacheSpecCase(
            file: "comments", name: "Standalone Without Previous Line",
            template: "  {{! I'm Still Standalone }}\n!",
            data: .object([:]),
            partials: [:],
            expected: "!"),
        MustacheSpecCase(
            file: "comments", name: "Standalone Without Newline",
            template: "!\n  {{! I'm Still Standalone }}",
            data: .object([:]),
            partials: [:],
            expected: "!\n"),
        MustacheSpecCase(
            file: "comments", name: "Multiline Standalone",
            template: "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n",
            data: .object([:]),
            partials: [:],
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            file: "comments", name: "Indented Multiline Standalone",
            template: "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n",
            data: .object([:]),
            partials: [:],
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            file: "comments", name: "Indented Inline",
            template: "  12 {{! 34 }}\n",
            data: .object([:]),
            partials: [:],
            expected: "  12 \n"),
        MustacheSpecCase(
            file: "comments", name: "Surrounding Whitespace",
            template: "12345 {{! Comment Block! }} 67890",
            data: .object([:]),
            partials: [:],
            expected: "12345  67890"),
        MustacheSpecCase(
            file: "comments", name: "Variable Name Collision",
            template: "comments never show: >{{! comment }}<",
            data: .object(["! comment": .int(1), "! comment ": .int(2), "!comment": .int(3), "comment": .int(4)]),
            partials: [:],
            expected: "comments never show: ><"),
    ]

    static let delimiters: [MustacheSpecCase] = [
        MustacheSpecCase(
            file: "delimiters", name: "Pair Behavior",
            template: "{{=<% %>=}}(<%text%>)",
            data: .object(["text": .string("Hey!")]),
            partials: [:],
            expected: "(Hey!)"),
        MustacheSpecCase(
            file: "delimiters", name: "Special Characters",
            template: "({{=[ ]=}}[text])",
            data: .object(["text": .string("It worked!")]),
            partials: [:],
            expected: "(It worked!)"),
        MustacheSpecCase(
            file: "delimiters", name: "Sections",
            template: "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n",
            data: .object(["section": .bool(true), "data": .string("I got interpolated.")]),
            partials: [:],
            expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Inverted Sections",
            template: "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  {{data}}\n  |data|\n|/section|\n]\n",
            data: .object(["section": .bool(false), "data": .string("I got interpolated.")]),
            partials: [:],
            expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Partial Inheritence",
            template: "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n",
            data: .object(["value": .string("yes")]),
            partials: ["include": ".{{value}}."],
            expected: "[ .yes. ]\n[ .yes. ]\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Post-Partial Behavior",
            template: "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n",
            data: .object(["value": .string("yes")]),
            partials: ["include": ".{{value}}. {{= | | =}} .|value|."],
            expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Surrounding Whitespace",
            template: "| {{=@ @=}} |",
            data: .object([:]),
            partials: [:],
            expected: "|  |"),
        MustacheSpecCase(
            file: "delimiters", name: "Outlying Whitespace (Inline)",
            template: " | {{=@ @=}}\n",
            data: .object([:]),
            partials: [:],
            expected: " | \n"),
        MustacheSpecCase(
            file: "delimiters", name: "Standalone Tag",
            template: "Begin.\n{{=@ @=}}\nEnd.\n",
            data: .object([:]),
            partials: [:],
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Indented Standalone Tag",
            template: "Begin.\n  {{=@ @=}}\nEnd.\n",
            data: .object([:]),
            partials: [:],
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Standalone Line Endings",
            template: "|\r\n{{= @ @ =}}\r\n|",
            data: .object([:]),
            partials: [:],
            expected: "|\r\n|"),
        MustacheSpecCase(
            file: "delimiters", name: "Standalone Without Previous Line",
            template: "  {{=@ @=}}\n=",
            data: .object([:]),
            partials: [:],
            expected: "="),
        MustacheSpecCase(
            file: "delimiters", name: "Standalone Without Newline",
            template: "=\n  {{=@ @=}}",
            data: .object([:]),
            partials: [:],
            expected: "=\n"),
        MustacheSpecCase(
            file: "delimiters", name: "Pair with Padding",
            template: "|{{= @   @ =}}|",
            data: .object([:]),
            partials: [:],
            expected: "||"),
    ]

    static let interpolation: [MustacheSpecCase] = [
        MustacheSpecCase(
            file: "interpolation", name: "No Interpolation",
            template: "Hello from {Mustache}!\n",
            data: .object([:]),
            partials: [:],
            expected: "Hello from {Mustache}!\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Basic Interpolation",
            template: "Hello, {{subject}}!\n",
            data: .object(["subject": .string("world")]),
            partials: [:],
            expected: "Hello, world!\n"),
        MustacheSpecCase(
            file: "interpolation", name: "No Re-interpolation",
            template: "{{template}}: {{planet}}",
            data: .object(["template": .string("{{planet}}"), "planet": .string("Earth")]),
            partials: [:],
            expected: "{{planet}}: Earth"),
        MustacheSpecCase(
            file: "interpolation", name: "HTML Escaping",
            template: "These characters should be HTML escaped: {{forbidden}}\n",
            data: .object(["forbidden": .string("& \" < >")]),
            partials: [:],
            expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache",
            template: "These characters should not be HTML escaped: {{{forbidden}}}\n",
            data: .object(["forbidden": .string("& \" < >")]),
            partials: [:],
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand",
            template: "These characters should not be HTML escaped: {{&forbidden}}\n",
            data: .object(["forbidden": .string("& \" < >")]),
            partials: [:],
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Basic Integer Interpolation",
            template: "\"{{mph}} miles an hour!\"",
            data: .object(["mph": .int(85)]),
            partials: [:],
            expected: "\"85 miles an hour!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache Integer Interpolation",
            template: "\"{{{mph}}} miles an hour!\"",
            data: .object(["mph": .int(85)]),
            partials: [:],
            expected: "\"85 miles an hour!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand Integer Interpolation",
            template: "\"{{&mph}} miles an hour!\"",
            data: .object(["mph": .int(85)]),
            partials: [:],
            expected: "\"85 miles an hour!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Basic Decimal Interpolation",
            template: "\"{{power}} jiggawatts!\"",
            data: .object(["power": .string("1.21")]),
            partials: [:],
            expected: "\"1.21 jiggawatts!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache Decimal Interpolation",
            template: "\"{{{power}}} jiggawatts!\"",
            data: .object(["power": .string("1.21")]),
            partials: [:],
            expected: "\"1.21 jiggawatts!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand Decimal Interpolation",
            template: "\"{{&power}} jiggawatts!\"",
            data: .object(["power": .string("1.21")]),
            partials: [:],
            expected: "\"1.21 jiggawatts!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Basic Null Interpolation",
            template: "I ({{cannot}}) be seen!",
            data: .object(["cannot": .null]),
            partials: [:],
            expected: "I () be seen!"),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache Null Interpolation",
            template: "I ({{{cannot}}}) be seen!",
            data: .object(["cannot": .null]),
            partials: [:],
            expected: "I () be seen!"),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand Null Interpolation",
            template: "I ({{&cannot}}) be seen!",
            data: .object(["cannot": .null]),
            partials: [:],
            expected: "I () be seen!"),
        MustacheSpecCase(
            file: "interpolation", name: "Basic Context Miss Interpolation",
            template: "I ({{cannot}}) be seen!",
            data: .object([:]),
            partials: [:],
            expected: "I () be seen!"),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache Context Miss Interpolation",
            template: "I ({{{cannot}}}) be seen!",
            data: .object([:]),
            partials: [:],
            expected: "I () be seen!"),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand Context Miss Interpolation",
            template: "I ({{&cannot}}) be seen!",
            data: .object([:]),
            partials: [:],
            expected: "I () be seen!"),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Basic Interpolation",
            template: "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"",
            data: .object(["person": .object(["name": .string("Joe")])]),
            partials: [:],
            expected: "\"Joe\" == \"Joe\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Triple Mustache Interpolation",
            template: "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"",
            data: .object(["person": .object(["name": .string("Joe")])]),
            partials: [:],
            expected: "\"Joe\" == \"Joe\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Ampersand Interpolation",
            template: "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"",
            data: .object(["person": .object(["name": .string("Joe")])]),
            partials: [:],
            expected: "\"Joe\" == \"Joe\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Arbitrary Depth",
            template: "\"{{a.b.c.d.e.name}}\" == \"Phil\"",
            data: .object(["a": .object(["b": .object(["c": .object(["d": .object(["e": .object(["name": .string("Phil")])])])])])]),
            partials: [:],
            expected: "\"Phil\" == \"Phil\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Broken Chains",
            template: "\"{{a.b.c}}\" == \"\"",
            data: .object(["a": .object([:])]),
            partials: [:],
            expected: "\"\" == \"\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Broken Chain Resolution",
            template: "\"{{a.b.c.name}}\" == \"\"",
            data: .object(["a": .object(["b": .object([:])]), "c": .object(["name": .string("Jim")])]),
            partials: [:],
            expected: "\"\" == \"\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Initial Resolution",
            template: "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"",
            data: .object(["a": .object(["b": .object(["c": .object(["d": .object(["e": .object(["name": .string("Phil")])])])])]), "b": .object(["c": .object(["d": .object(["e": .object(["name": .string("Wrong")])])])])]),
            partials: [:],
            expected: "\"Phil\" == \"Phil\""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - Context Precedence",
            template: "{{#a}}{{b.c}}{{/a}}",
            data: .object(["a": .object(["b": .object([:])]), "b": .object(["c": .string("ERROR")])]),
            partials: [:],
            expected: ""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names are never single keys",
            template: "{{a.b}}",
            data: .object(["a.b": .string("c")]),
            partials: [:],
            expected: ""),
        MustacheSpecCase(
            file: "interpolation", name: "Dotted Names - No Masking",
            template: "{{a.b}}",
            data: .object(["a.b": .string("c"), "a": .object(["b": .string("d")])]),
            partials: [:],
            expected: "d"),
        MustacheSpecCase(
            file: "interpolation", name: "Implicit Iterators - Basic Interpolation",
            template: "Hello, {{.}}!\n",
            data: .string("world"),
            partials: [:],
            expected: "Hello, world!\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Implicit Iterators - HTML Escaping",
            template: "These characters should be HTML escaped: {{.}}\n",
            data: .string("& \" < >"),
            partials: [:],
            expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Implicit Iterators - Triple Mustache",
            template: "These characters should not be HTML escaped: {{{.}}}\n",
            data: .string("& \" < >"),
            partials: [:],
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Implicit Iterators - Ampersand",
            template: "These characters should not be HTML escaped: {{&.}}\n",
            data: .string("& \" < >"),
            partials: [:],
            expected: "These characters should not be HTML escaped: & \" < >\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Implicit Iterators - Basic Integer Interpolation",
            template: "\"{{.}} miles an hour!\"",
            data: .int(85),
            partials: [:],
            expected: "\"85 miles an hour!\""),
        MustacheSpecCase(
            file: "interpolation", name: "Interpolation - Surrounding Whitespace",
            template: "| {{string}} |",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "| --- |"),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache - Surrounding Whitespace",
            template: "| {{{string}}} |",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "| --- |"),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand - Surrounding Whitespace",
            template: "| {{&string}} |",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "| --- |"),
        MustacheSpecCase(
            file: "interpolation", name: "Interpolation - Standalone",
            template: "  {{string}}\n",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "  ---\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache - Standalone",
            template: "  {{{string}}}\n",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "  ---\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand - Standalone",
            template: "  {{&string}}\n",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "  ---\n"),
        MustacheSpecCase(
            file: "interpolation", name: "Interpolation With Padding",
            template: "|{{ string }}|",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "|---|"),
        MustacheSpecCase(
            file: "interpolation", name: "Triple Mustache With Padding",
            template: "|{{{ string }}}|",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "|---|"),
        MustacheSpecCase(
            file: "interpolation", name: "Ampersand With Padding",
            template: "|{{& string }}|",
            data: .object(["string": .string("---")]),
            partials: [:],
            expected: "|---|"),
    ]

    static let inverted: [MustacheSpecCase] = [
        MustacheSpecCase(
            file: "inverted", name: "Falsey",
            template: "\"{{^boolean}}This should be rendered.{{/boolean}}\"",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "\"This should be rendered.\""),
        MustacheSpecCase(
            file: "inverted", name: "Truthy",
            template: "\"{{^boolean}}This should not be rendered.{{/boolean}}\"",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "inverted", name: "Null is falsey",
            template: "\"{{^null}}This should be rendered.{{/null}}\"",
            data: .object(["null": .null]),
            partials: [:],
            expected: "\"This should be rendered.\""),
        MustacheSpecCase(
            file: "inverted", name: "Context",
            template: "\"{{^context}}Hi {{name}}.{{/context}}\"",
            data: .object(["context": .object(["name": .string("Joe")])]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "inverted", name: "List",
            template: "\"{{^list}}{{n}}{{/list}}\"",
            data: .object(["list": .array([.object(["n": .int(1)]), .object(["n": .int(2)]), .object(["n": .int(3)])])]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "inverted", name: "Empty List",
            template: "\"{{^list}}Yay lists!{{/list}}\"",
            data: .object(["list": .array([])]),
            partials: [:],
            expected: "\"Yay lists!\""),
        MustacheSpecCase(
            file: "inverted", name: "Doubled",
            template: "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n",
            data: .object(["bool": .bool(false), "two": .string("second")]),
            partials: [:],
            expected: "* first\n* second\n* third\n"),
        MustacheSpecCase(
            file: "inverted", name: "Nested (Falsey)",
            template: "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |",
            data: .object(["bool": .bool(false)]),
            partials: [:],
            expected: "| A B C D E |"),
        MustacheSpecCase(
            file: "inverted", name: "Nested (Truthy)",
            template: "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |",
            data: .object(["bool": .bool(true)]),
            partials: [:],
            expected: "| A  E |"),
        MustacheSpecCase(
            file: "inverted", name: "Context Misses",
            template: "[{{^missing}}Cannot find key 'missing'!{{/missing}}]",
            data: .object([:]),
            partials: [:],
            expected: "[Cannot find key 'missing'!]"),
        MustacheSpecCase(
            file: "inverted", name: "Dotted Names - Truthy",
            template: "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\"",
            data: .object(["a": .object(["b": .object(["c": .bool(true)])])]),
            partials: [:],
            expected: "\"\" == \"\""),
        MustacheSpecCase(
            file: "inverted", name: "Dotted Names - Falsey",
            template: "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"",
            data: .object(["a": .object(["b": .object(["c": .bool(false)])])]),
            partials: [:],
            expected: "\"Not Here\" == \"Not Here\""),
        MustacheSpecCase(
            file: "inverted", name: "Dotted Names - Broken Chains",
            template: "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"",
            data: .object(["a": .object([:])]),
            partials: [:],
            expected: "\"Not Here\" == \"Not Here\""),
        MustacheSpecCase(
            file: "inverted", name: "Surrounding Whitespace",
            template: " | {{^boolean}}\t|\t{{/boolean}} | \n",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: " | \t|\t | \n"),
        MustacheSpecCase(
            file: "inverted", name: "Internal Whitespace",
            template: " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: " |  \n  | \n"),
        MustacheSpecCase(
            file: "inverted", name: "Indented Inline Sections",
            template: " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: " NO\n WAY\n"),
        MustacheSpecCase(
            file: "inverted", name: "Standalone Lines",
            template: "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "| This Is\n|\n| A Line\n"),
        MustacheSpecCase(
            file: "inverted", name: "Standalone Indented Lines",
            template: "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "| This Is\n|\n| A Line\n"),
        MustacheSpecCase(
            file: "inverted", name: "Standalone Line Endings",
            template: "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "|\r\n|"),
        MustacheSpecCase(
            file: "inverted", name: "Standalone Without Previous Line",
            template: "  {{^boolean}}\n^{{/boolean}}\n/",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "^\n/"),
        MustacheSpecCase(
            file: "inverted", name: "Standalone Without Newline",
            template: "^{{^boolean}}\n/\n  {{/boolean}}",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "^\n/\n"),
        MustacheSpecCase(
            file: "inverted", name: "Padding",
            template: "|{{^ boolean }}={{/ boolean }}|",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "|=|"),
    ]

    static let partials: [MustacheSpecCase] = [
        MustacheSpecCase(
            file: "partials", name: "Basic Behavior",
            template: "\"{{>text}}\"",
            data: .object([:]),
            partials: ["text": "from partial"],
            expected: "\"from partial\""),
        MustacheSpecCase(
            file: "partials", name: "Failed Lookup",
            template: "\"{{>text}}\"",
            data: .object([:]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "partials", name: "Context",
            template: "\"{{>partial}}\"",
            data: .object(["text": .string("content")]),
            partials: ["partial": "*{{text}}*"],
            expected: "\"*content*\""),
        MustacheSpecCase(
            file: "partials", name: "Recursion",
            template: "{{>node}}",
            data: .object(["content": .string("X"), "nodes": .array([.object(["content": .string("Y"), "nodes": .array([])])])]),
            partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"],
            expected: "X<Y<>>"),
        MustacheSpecCase(
            file: "partials", name: "Nested",
            template: "{{>outer}}",
            data: .object(["a": .string("hello"), "b": .string("world")]),
            partials: ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"],
            expected: "*hello world!*"),
        MustacheSpecCase(
            file: "partials", name: "Surrounding Whitespace",
            template: "| {{>partial}} |",
            data: .object([:]),
            partials: ["partial": "\t|\t"],
            expected: "| \t|\t |"),
        MustacheSpecCase(
            file: "partials", name: "Inline Indentation",
            template: "  {{data}}  {{> partial}}\n",
            data: .object(["data": .string("|")]),
            partials: ["partial": ">\n>"],
            expected: "  |  >\n>\n"),
        MustacheSpecCase(
            file: "partials", name: "Standalone Line Endings",
            template: "|\r\n{{>partial}}\r\n|",
            data: .object([:]),
            partials: ["partial": ">"],
            expected: "|\r\n>|"),
        MustacheSpecCase(
            file: "partials", name: "Standalone Without Previous Line",
            template: "  {{>partial}}\n>",
            data: .object([:]),
            partials: ["partial": ">\n>"],
            expected: "  >\n  >>"),
        MustacheSpecCase(
            file: "partials", name: "Standalone Without Newline",
            template: ">\n  {{>partial}}",
            data: .object([:]),
            partials: ["partial": ">\n>"],
            expected: ">\n  >\n  >"),
        MustacheSpecCase(
            file: "partials", name: "Standalone Indentation",
            template: "\\\n {{>partial}}\n/\n",
            data: .object(["content": .string("<\n->")]),
            partials: ["partial": "|\n{{{content}}}\n|\n"],
            expected: "\\\n |\n <\n->\n |\n/\n"),
        MustacheSpecCase(
            file: "partials", name: "Padding Whitespace",
            template: "|{{> partial }}|",
            data: .object(["boolean": .bool(true)]),
            partials: ["partial": "[]"],
            expected: "|[]|"),
    ]

    static let sections: [MustacheSpecCase] = [
        MustacheSpecCase(
            file: "sections", name: "Truthy",
            template: "\"{{#boolean}}This should be rendered.{{/boolean}}\"",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "\"This should be rendered.\""),
        MustacheSpecCase(
            file: "sections", name: "Falsey",
            template: "\"{{#boolean}}This should not be rendered.{{/boolean}}\"",
            data: .object(["boolean": .bool(false)]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "sections", name: "Null is falsey",
            template: "\"{{#null}}This should not be rendered.{{/null}}\"",
            data: .object(["null": .null]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "sections", name: "Context",
            template: "\"{{#context}}Hi {{name}}.{{/context}}\"",
            data: .object(["context": .object(["name": .string("Joe")])]),
            partials: [:],
            expected: "\"Hi Joe.\""),
        MustacheSpecCase(
            file: "sections", name: "Parent contexts",
            template: "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"",
            data: .object(["a": .string("foo"), "b": .string("wrong"), "sec": .object(["b": .string("bar")]), "c": .object(["d": .string("baz")])]),
            partials: [:],
            expected: "\"foo, bar, baz\""),
        MustacheSpecCase(
            file: "sections", name: "Variable test",
            template: "\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"",
            data: .object(["foo": .string("bar")]),
            partials: [:],
            expected: "\"bar is bar\""),
        MustacheSpecCase(
            file: "sections", name: "List Contexts",
            template: "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}",
            data: .object(["tops": .array([.object(["tname": .object(["upper": .string("A"), "lower": .string("a")]), "middles": .array([.object(["mname": .string("1"), "bottoms": .array([.object(["bname": .string("x")]), .object(["bname": .string("y")])])])])])])]),
            partials: [:],
            expected: "a1.A1x.A1y."),
        MustacheSpecCase(
            file: "sections", name: "Deeply Nested Contexts",
            template: "{{#a}}\n{{one}}\n{{#b}}\n{{one}}{{two}}{{one}}\n{{#c}}\n{{one}}{{two}}{{three}}{{two}}{{one}}\n{{#d}}\n{{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}\n{{#five}}\n{{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}\n{{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}\n{{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}\n{{/five}}\n{{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}\n{{/d}}\n{{one}}{{two}}{{three}}{{two}}{{one}}\n{{/c}}\n{{one}}{{two}}{{one}}\n{{/b}}\n{{one}}\n{{/a}}\n",
            data: .object(["a": .object(["one": .int(1)]), "b": .object(["two": .int(2)]), "c": .object(["three": .int(3), "d": .object(["four": .int(4), "five": .int(5)])])]),
            partials: [:],
            expected: "1\n121\n12321\n1234321\n123454321\n12345654321\n123454321\n1234321\n12321\n121\n1\n"),
        MustacheSpecCase(
            file: "sections", name: "List",
            template: "\"{{#list}}{{item}}{{/list}}\"",
            data: .object(["list": .array([.object(["item": .int(1)]), .object(["item": .int(2)]), .object(["item": .int(3)])])]),
            partials: [:],
            expected: "\"123\""),
        MustacheSpecCase(
            file: "sections", name: "Empty List",
            template: "\"{{#list}}Yay lists!{{/list}}\"",
            data: .object(["list": .array([])]),
            partials: [:],
            expected: "\"\""),
        MustacheSpecCase(
            file: "sections", name: "Doubled",
            template: "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n",
            data: .object(["bool": .bool(true), "two": .string("second")]),
            partials: [:],
            expected: "* first\n* second\n* third\n"),
        MustacheSpecCase(
            file: "sections", name: "Nested (Truthy)",
            template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |",
            data: .object(["bool": .bool(true)]),
            partials: [:],
            expected: "| A B C D E |"),
        MustacheSpecCase(
            file: "sections", name: "Nested (Falsey)",
            template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |",
            data: .object(["bool": .bool(false)]),
            partials: [:],
            expected: "| A  E |"),
        MustacheSpecCase(
            file: "sections", name: "Context Misses",
            template: "[{{#missing}}Found key 'missing'!{{/missing}}]",
            data: .object([:]),
            partials: [:],
            expected: "[]"),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - String",
            template: "\"{{#list}}({{.}}){{/list}}\"",
            data: .object(["list": .array([.string("a"), .string("b"), .string("c"), .string("d"), .string("e")])]),
            partials: [:],
            expected: "\"(a)(b)(c)(d)(e)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - Integer",
            template: "\"{{#list}}({{.}}){{/list}}\"",
            data: .object(["list": .array([.int(1), .int(2), .int(3), .int(4), .int(5)])]),
            partials: [:],
            expected: "\"(1)(2)(3)(4)(5)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - Decimal",
            template: "\"{{#list}}({{.}}){{/list}}\"",
            data: .object(["list": .array([.string("1.1"), .string("2.2"), .string("3.3"), .string("4.4"), .string("5.5")])]),
            partials: [:],
            expected: "\"(1.1)(2.2)(3.3)(4.4)(5.5)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - Array",
            template: "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"",
            data: .object(["list": .array([.array([.int(1), .int(2), .int(3)]), .array([.string("a"), .string("b"), .string("c")])])]),
            partials: [:],
            expected: "\"(123)(abc)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - HTML Escaping",
            template: "\"{{#list}}({{.}}){{/list}}\"",
            data: .object(["list": .array([.string("&"), .string("\""), .string("<"), .string(">")])]),
            partials: [:],
            expected: "\"(&amp;)(&quot;)(&lt;)(&gt;)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - Triple mustache",
            template: "\"{{#list}}({{{.}}}){{/list}}\"",
            data: .object(["list": .array([.string("&"), .string("\""), .string("<"), .string(">")])]),
            partials: [:],
            expected: "\"(&)(\")(<)(>)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - Ampersand",
            template: "\"{{#list}}({{&.}}){{/list}}\"",
            data: .object(["list": .array([.string("&"), .string("\""), .string("<"), .string(">")])]),
            partials: [:],
            expected: "\"(&)(\")(<)(>)\""),
        MustacheSpecCase(
            file: "sections", name: "Implicit Iterator - Root-level",
            template: "\"{{#.}}({{value}}){{/.}}\"",
            data: .array([.object(["value": .string("a")]), .object(["value": .string("b")])]),
            partials: [:],
            expected: "\"(a)(b)\""),
        MustacheSpecCase(
            file: "sections", name: "Dotted Names - Truthy",
            template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"",
            data: .object(["a": .object(["b": .object(["c": .bool(true)])])]),
            partials: [:],
            expected: "\"Here\" == \"Here\""),
        MustacheSpecCase(
            file: "sections", name: "Dotted Names - Falsey",
            template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"",
            data: .object(["a": .object(["b": .object(["c": .bool(false)])])]),
            partials: [:],
            expected: "\"\" == \"\""),
        MustacheSpecCase(
            file: "sections", name: "Dotted Names - Broken Chains",
            template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"",
            data: .object(["a": .object([:])]),
            partials: [:],
            expected: "\"\" == \"\""),
        MustacheSpecCase(
            file: "sections", name: "Surrounding Whitespace",
            template: " | {{#boolean}}\t|\t{{/boolean}} | \n",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: " | \t|\t | \n"),
        MustacheSpecCase(
            file: "sections", name: "Internal Whitespace",
            template: " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: " |  \n  | \n"),
        MustacheSpecCase(
            file: "sections", name: "Indented Inline Sections",
            template: " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: " YES\n GOOD\n"),
        MustacheSpecCase(
            file: "sections", name: "Standalone Lines",
            template: "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "| This Is\n|\n| A Line\n"),
        MustacheSpecCase(
            file: "sections", name: "Indented Standalone Lines",
            template: "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "| This Is\n|\n| A Line\n"),
        MustacheSpecCase(
            file: "sections", name: "Standalone Line Endings",
            template: "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "|\r\n|"),
        MustacheSpecCase(
            file: "sections", name: "Standalone Without Previous Line",
            template: "  {{#boolean}}\n#{{/boolean}}\n/",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "#\n/"),
        MustacheSpecCase(
            file: "sections", name: "Standalone Without Newline",
            template: "#{{#boolean}}\n/\n  {{/boolean}}",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "#\n/\n"),
        MustacheSpecCase(
            file: "sections", name: "Padding",
            template: "|{{# boolean }}={{/ boolean }}|",
            data: .object(["boolean": .bool(true)]),
            partials: [:],
            expected: "|=|"),
    ]

    static let all = comments + delimiters + interpolation + inverted + partials + sections
}
