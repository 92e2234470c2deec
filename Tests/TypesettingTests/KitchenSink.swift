/// One of everything the typesetter draws, for extraction tests and for looking at.
let kitchenSink = #"""
# Zoë Ünlü

**Platform Engineer & Team Lead**

[zoe@example.com](mailto:zoe@example.com) · [example.com/zoe](https://example.com/zoe) · Tokyo, JP

## Profile

Engineer with *ten years* of **distributed systems** work, ~~PHP~~ `Go` and Rust, and a taste for
[well-measured](https://example.com/measure) performance. Jump to [Experience](#experience).
A hard line break follows\
and this is the next line. Footnoted claim.[^1]

## Experience

### Principal Engineer · Very Long Company Name That Certainly Will Not Fit Beside The Dates On One Line <span class="dates">Jan 2020 – Present</span>

*Tokyo, Japan*

- Ordered things:
  1. first step
  2. second step with a long explanation that wraps onto another line to show the hanging indent
     - and a bullet nested three levels down
- [x] a finished task
- [ ] an open task

> Make it work, make it right, make it fast.
>
> — Kent Beck

<div class="quote">

> A pull quote, set larger, with an accent bar.

</div>

```swift
let greeting = "Hello, <world> & friends"
print(greeting)
```

| Skill | Level | Years |
|:------|:-----:|------:|
| Go | Expert | 8 |
| PostgreSQL | Advanced | 6 |
| Kubernetes and everything around it, at length | Intermediate | 3 |

---

Closing paragraph with <small>small print</small> and <span class="muted">muted words</span>.

[^1]: The footnote's text.
"""#
