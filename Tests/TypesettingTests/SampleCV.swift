import MarkdownSupport
import PDFReading
import Typesetting

/// Markdown as the classic CV template writes it (the sample workspace's backend engineer).
let sampleCV = #"""
# Jane Doe

**Staff Backend Engineer**

[jane.doe@example.com](mailto:jane.doe@example.com) · [jane-doe.example.com](https\://jane-doe.example.com) · Berlin, DE · [LinkedIn: jane-doe-example](https\://www\.linkedin.com/in/jane-doe-example) · [GitHub: janedoe-example](https\://github.com/janedoe-example)

## Summary

Backend engineer with nine years of experience in payments and commerce. I design services in Go and PostgreSQL that move money correctly under load: idempotent APIs, event-driven ledgers, reconciliation, and the observability to prove they work.

## Skills

- **Go** · Expert: gRPC, concurrency, profiling
- **Java** · Advanced: Spring Boot, JVM tuning
- **PostgreSQL** · Expert: query tuning, logical replication, partitioning
- **Kafka** · Advanced: event sourcing, exactly-once processing
- **AWS** · Advanced: ECS, RDS, SQS, IAM
- **Kubernetes** · Intermediate: Helm, autoscaling
- **Payments** · Expert: card acquiring, SEPA, reconciliation, PCI DSS

## Experience

### Staff Backend Engineer, Payments Platform (Tech Lead) · Ledgerly <span class="dates">Apr 2021 – Present</span>

*Berlin, Germany*

*Invoicing and payments software for 40,000 small businesses across Europe.*

Tech lead of the six-person payments platform team: card acquiring, SEPA direct debit, payouts and the double-entry ledger behind them.

- Led the migration of card processing from a PHP monolith to Go services, cutting p99 authorisation latency from 1.8 s to 240 ms at 350 requests per second.
- Designed an idempotent payment state machine on PostgreSQL and Kafka that brought duplicate charges from about 40 a month to zero.
- Built the nightly ledger reconciliation job in Go, matching 3 million transactions against acquirer reports in under 12 minutes.
- Brought the platform through two PCI DSS Level 1 audits with no findings against the services the team owns.

### Senior Backend Engineer · Cartwheel Commerce <span class="dates">Feb 2018 – Mar 2021</span>

*Hamburg, Germany*

*An e-commerce platform running 1,200 online shops for mid-sized retailers.*

Checkout and order management, and the on-call rotation for both.

- Rebuilt checkout as three Java services behind an API gateway, raising conversion by 3.4 % and cutting checkout errors by 62 %.
- Cut the monthly AWS bill for the order pipeline by 31 % (about 14,000 euros) by moving batch jobs to spot instances and right-sizing RDS.
- Mentored four junior engineers; two of them now lead teams at Cartwheel.

### Software Engineer · Parcelwise <span class="dates">Sep 2015 – Jan 2018</span>

*Hamburg, Germany*

*Shipping and parcel-tracking software for online retailers.*

- Built the carrier integration layer in PHP and later Go, connecting 14 carriers through one tracking API used by 900 shops.
- Replaced cron-based label generation with a queue on RabbitMQ, cutting the time to print a shipping label from 9 s to 1.5 s.

## Projects

### go-idempotency <span class="dates">Aug 2021 – Present</span>

*An open-source Go library for idempotency keys backed by PostgreSQL or Redis.*

- 1,100 GitHub stars; used in production by at least eight companies.
- Handles 5,000 requests per second on a single PostgreSQL instance in the published benchmark.

*Go, PostgreSQL, Redis*

## Publications

- [**Idempotency keys in practice**](https\://jane-doe.example.com/talks/idempotency-keys), *GopherCon EU* (Jun 2022): How Ledgerly made every payment request safe to retry, and what it cost.

## Awards

- **Ledgerly Engineering Excellence Award**, Ledgerly (Dec 2023): For the payments migration, delivered on schedule with zero customer-facing incidents.
- **Best Talk, GopherCon EU**, GopherCon EU (Jun 2022): Audience award for "Idempotency keys in practice".

## Certificates

- [**AWS Certified Solutions Architect – Associate**](https\://aws.amazon.com/certification/certified-solutions-architect-associate/), Amazon Web Services (Mar 2022)

## Education

### Master of Science, Computer Science · University of Hamburg <span class="dates">Oct 2013 – Sep 2015</span>

Grade: 1\.4 (very good)

- Distributed Systems
- Database Systems
- Cryptography

### Bachelor of Science, Computer Science · University of Leeds <span class="dates">Sep 2010 – Jun 2013</span>

Grade: First-class honours


## Languages

- **English**: Native speaker
- **German**: Full professional proficiency

## Why payments infrastructure

Payments are where correctness is not negotiable and scale arrives on someone else's schedule.
I enjoy the unglamorous parts: retries that cannot double-charge, ledgers that always balance,
and on-call rotations quiet enough that people want to join them.

I am looking for a staff-level role where I own the architecture of a payments or ledger
platform and keep writing production code most days.
"""#
