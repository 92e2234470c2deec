/// Markdown as the classic CV template writes it, for the DOCX tests and the LibreOffice check.
let sampleCV = #"""
# Jane Doe

**Staff Backend Engineer**

[jane.doe@example.com](mailto:jane.doe@example.com) · [jane-doe.example.com](https://jane-doe.example.com) · Berlin, DE · [GitHub: janedoe-example](https://github.com/janedoe-example)

## Summary

Backend engineer with nine years of experience in payments and commerce. I design services in Go and PostgreSQL that move money correctly under load: idempotent APIs, event-driven ledgers, reconciliation, and the observability to prove they work.

## Skills

- **Go** · Expert: gRPC, concurrency, profiling
- **PostgreSQL** · Expert: query tuning, logical replication, partitioning
- **Kafka** · Advanced: event sourcing, exactly-once processing
- **Payments** · Expert: card acquiring, SEPA, reconciliation, PCI DSS

## Experience

### Staff Backend Engineer, Payments Platform (Tech Lead) · Ledgerly <span class="dates">Apr 2021 – Present</span>

*Berlin, Germany*

*Invoicing and payments software for 40,000 small businesses across Europe.*

Tech lead of the six-person payments platform team: card acquiring, SEPA direct debit, payouts and the double-entry ledger behind them.

- Led the migration of card processing from a PHP monolith to Go services, cutting p99 authorisation latency from 1.8 s to 240 ms at 350 requests per second.
- Designed an idempotent payment state machine on PostgreSQL and Kafka that brought duplicate charges from about 40 a month to zero.
- Built the nightly ledger reconciliation job in Go, matching 3 million transactions against acquirer reports in under 12 minutes.

### Senior Backend Engineer · Cartwheel Commerce <span class="dates">Feb 2018 – Mar 2021</span>

*Hamburg, Germany*

Checkout and order management, and the on-call rotation for both.

- Rebuilt checkout as three Java services behind an API gateway, raising conversion by 3.4 % and cutting checkout errors by 62 %.
- Mentored four junior engineers; two of them now lead teams at Cartwheel.

### Software Engineer · Parcelwise <span class="dates">Sep 2015 – Jan 2018</span>

*Hamburg, Germany*

- Built the carrier integration layer in PHP and later Go, connecting 14 carriers through one tracking API used by 900 shops.

## Publications

- [**Idempotency keys in practice**](https://jane-doe.example.com/talks/idempotency-keys), *GopherCon EU* (Jun 2022): How Ledgerly made every payment request safe to retry.

## Education

### Master of Science, Computer Science · University of Hamburg <span class="dates">Oct 2013 – Sep 2015</span>

Grade: 1\.4 (very good)

- Distributed Systems
- Database Systems

## Languages

- **English**: Native speaker
- **German**: Full professional proficiency
"""#

/// One of everything the writer draws.
let kitchenSink = #"""
# Zoë Ünlü

**Platform Engineer & Team Lead**

[zoe@example.com](mailto:zoe@example.com) · [example.com/zoe](https://example.com/zoe?a=1&b=2) · Tokyo, JP

## Profile

Engineer with *ten years* of **distributed systems** work, ~~PHP~~ `Go` and Rust, and a taste for
[well-measured](https://example.com/measure) performance. Jump to [Experience](#experience).
A hard line break follows\
and this is the next line. Footnoted claim.[^1]

## Experience

### Principal Engineer · Very Long Company Name That Certainly Will Not Fit Beside The Dates <span class="dates">Jan 2020 – Present</span>

*Tokyo, Japan*

- Ordered things:
  1. first step
  2. second step with a long explanation that wraps onto another line to show the hanging indent
     - and a bullet nested three levels down
- [x] a finished task
- [ ] an open task

3. third, a list that starts at three
4. fourth

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

<div class="page-break"></div>

## Side by side

<div class="columns">
<div class="sidebar">

### Contact

Somewhere in the sidebar.

</div>
<div class="main">

### Main column

The main column is twice as wide. <span class="muted">Muted words</span> and <small>small print</small>.

</div>
</div>

Closing paragraph after the columns.

[^1]: The footnote's text.
"""#
