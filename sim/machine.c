/* The machine: bus, devices, stepping and the run loop. */
#include "machine.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fr5994.h"

struct ferro_machine *ferro_new(const struct ferro_config *cfg)
{
    struct ferro_machine *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    ferro_isa_init();
    m->cfg = *cfg;
    m->mclk_hz = cfg->mclk_hz ? cfg->mclk_hz : FR5994_RESET_MCLK_HZ;
    ferro_cost_init(&m->cost);
    ferro_mem_init_map(&m->mem);
    char err[160];
    if (fram_cache_init(&m->fram_cache, m->cfg.fram_cache.sets || m->cfg.fram_cache.policy
                                            ? &m->cfg.fram_cache : &fram_cache_default,
                        err, sizeof err) != 0) {
        ferro_diag(m, "%s; using the default", err);
        fram_cache_init(&m->fram_cache, &fram_cache_default, err, sizeof err);
    }
    m->cur = &m->scratch;
    m->deadline_stale = 1;
    if (fr5994_attach_devices(m) != 0) {
        ferro_free(m);
        return NULL;
    }
    return m;
}

void ferro_free(struct ferro_machine *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->ndevices; i++)
        free(m->devices[i].state);
    free(m->console.buf);
    free(m->markers);
    free(m);
}

int ferro_attach(struct ferro_machine *m, const struct ferro_device_ops *ops, void *state,
                 uint16_t base, uint16_t size)
{
    if (m->ndevices == FERRO_MAX_DEVICES || (base & 1) || (size & 1) || base + size > 0x1000)
        return -1;
    for (unsigned a = base; a < (unsigned)base + size; a += 2)
        if (m->periph_owner[a >> 1])
            return -1;
    m->devices[m->ndevices] = (struct ferro_device){ops, state, base, size};
    m->ndevices++;
    for (unsigned a = base; a < (unsigned)base + size; a += 2)
        m->periph_owner[a >> 1] = (uint8_t)m->ndevices;
    return 0;
}

/* Registers cleared, devices reset (each knows what a PUC keeps via
 * m->reset_cause), PC from the reset vector. */
static void do_reset(struct ferro_machine *m, uint16_t cause)
{
    memset(m->r, 0, sizeof m->r);
    m->state = FERRO_RUNNING;
    m->fault = FAULT_NONE;
    m->irq_pending = 0;
    m->irq_lines = 0;
    m->puc_pending = 0;
    m->reset_cause = cause;
    m->regoff = m->lpmx5 = 0;
    for (int i = 0; i < m->ndevices; i++)
        if (m->devices[i].ops->reset)
            m->devices[i].ops->reset(m, m->devices[i].state);
    struct ferro_exec e = {0};
    e.event = EV_RESET;
    e.vector = cause == RSTIV_BOR ? 0 : cause;
    struct ferro_exec *saved = m->cur;
    m->cur = &e;
    m->r[0] = ferro_read16(m, FR_RESET_VECTOR) & 0xFFFEu;
    m->cur = saved;
    ferro_account(m, &e);
}

void ferro_reset(struct ferro_machine *m) { do_reset(m, RSTIV_BOR); }

void *ferro_device_state(const struct ferro_machine *m, const struct ferro_device_ops *ops)
{
    for (int i = 0; i < m->ndevices; i++)
        if (m->devices[i].ops == ops)
            return m->devices[i].state;
    return NULL;
}

void ferro_clocks_changed(struct ferro_machine *m)
{
    for (int i = 0; i < m->ndevices; i++)
        if (m->devices[i].ops->clock_changed)
            m->devices[i].ops->clock_changed(m, m->devices[i].state);
}

void ferro_request_puc(struct ferro_machine *m, uint16_t cause)
{
    if (!m->puc_pending)
        m->puc_pending = cause;
}

static inline unsigned account(struct ferro_machine *m, struct ferro_exec *e)
{
    e->wait_cycles = (uint16_t)ferro_cost_wait_cycles(&m->cost, e);
    unsigned c = ferro_cost_cycles(&m->cost, e, ferro_cost_cell(&m->cost, e)) + e->wait_cycles;
    m->totals.wait_cycles += e->wait_cycles;
    m->cycles += c;
    if (m->on_step)
        m->on_step(m, e, c, m->on_step_ctx);
    return c;
}

unsigned ferro_account(struct ferro_machine *m, struct ferro_exec *e) { return account(m, e); }

void ferro_marker(struct ferro_machine *m, uint16_t id, int begin)
{
    if (m->nmarkers == m->markers_cap) {
        size_t cap = m->markers_cap ? 2 * m->markers_cap : 64;
        struct ferro_marker *p = realloc(m->markers, cap * sizeof *p);
        if (!p) {
            ferro_diag(m, "out of memory recording region markers; marker dropped");
            return;
        }
        m->markers = p, m->markers_cap = cap;
    }
    struct ferro_marker *mk = &m->markers[m->nmarkers++];
    *mk = (struct ferro_marker){m->cycles, ferro_now(m), m->cur->pc, id, (uint8_t)(begin != 0)};
    if (m->on_marker)
        m->on_marker(m, mk, m->on_marker_ctx);
}

/* ---- diagnostics ------------------------------------------------------- */

void ferro_diag(struct ferro_machine *m, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (m->on_diag)
        m->on_diag(m, msg, m->on_diag_ctx);
    else
        fprintf(stderr, "ferro: warning: %s\n", msg);
}

void ferro_fault(struct ferro_machine *m, enum ferro_fault f, uint32_t addr, const char *fmt, ...)
{
    if (m->state == FERRO_FAULT) /* keep the first cause */
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m->fault_msg, sizeof m->fault_msg, fmt, ap);
    va_end(ap);
    m->state = FERRO_FAULT;
    m->fault = f;
    m->fault_pc = m->cur->pc;
    m->fault_addr = addr;
}

/* ---- bus --------------------------------------------------------------- */

/* Vacant memory reads 0x3FFF on a real part; data access there is a firmware bug
 * worth reporting with PC and address. */
static uint16_t vacant(struct ferro_machine *m, uint32_t addr, const char *what)
{
    m->vacant_accesses++;
    if (m->cfg.vacant == VACANT_FAULT)
        ferro_fault(m, FAULT_VACANT_ACCESS, addr, "%s of vacant memory at 0x%05x", what, addr);
    else if (m->vacant_accesses <= 10)
        ferro_diag(m, "%s of vacant memory at 0x%05x (pc 0x%05x)%s", what, addr, m->cur->pc,
                   m->vacant_accesses == 10 ? "; further vacant accesses not reported" : "");
    return FR_VACANT_VALUE;
}

/* MPY32 registers (SLASE54 peripheral map; sim/fr5994.c): their accesses are
 * counted apart as the multiplies of the analysis. */
#define MPY32_BASE 0x04C0u
#define MPY32_SIZE 0x30u

static inline void count_mpy32(struct ferro_machine *m, uint32_t addr)
{
    if (addr - MPY32_BASE < MPY32_SIZE) {
        m->cur->mpy32++;
        m->totals.mpy32++;
    }
}

/* The per-access hook, when one is set (machine.h). */
static inline void note_access(struct ferro_machine *m, uint32_t addr, unsigned kind, unsigned bytes,
                               enum ferro_region r, int cache)
{
    if (__builtin_expect(m->on_access != NULL, 0))
        m->on_access(m, addr, kind, bytes, r, cache, m->on_access_ctx);
}

static uint16_t periph_read(struct ferro_machine *m, uint32_t addr, int byte)
{
    count_mpy32(m, addr);
    unsigned owner = m->periph_owner[(addr & 0xFFF) >> 1];
    if (owner) {
        struct ferro_device *d = &m->devices[owner - 1];
        return d->ops->read(m, d->state, addr, byte);
    }
    const uint8_t *p = &m->mem.bytes[addr];
    return byte ? p[0] : (uint16_t)(p[0] | p[1] << 8);
}

static void periph_write(struct ferro_machine *m, uint32_t addr, uint16_t v, int byte)
{
    count_mpy32(m, addr);
    unsigned owner = m->periph_owner[(addr & 0xFFF) >> 1];
    if (owner) {
        struct ferro_device *d = &m->devices[owner - 1];
        d->ops->write(m, d->state, addr, v, byte);
        return;
    }
    m->mem.bytes[addr] = (uint8_t)v;
    if (!byte)
        m->mem.bytes[addr + 1] = (uint8_t)(v >> 8);
}

/* FRAM can be read at most at 8 MHz without wait states (SLASE54, "FRAM";
 * SLAU367P 7.3): an array read at a faster MCLK with NWAITS = 0 misbehaves on
 * silicon.  Checked where it happens, on a cache miss (machine.h). */
void ferro_fram_too_fast(struct ferro_machine *m)
{
    m->warned_fram_speed = 1;
    ferro_diag(m, "FRAM read at MCLK %.3f MHz with FRCTL0.NWAITS = 0: above 8 MHz FRAM needs a "
                  "wait state (silicon misbehaves; set NWAITS before raising the clock) (pc 0x%05x)",
               m->mclk_hz / 1e6, m->cur->pc);
}

uint16_t ferro_fetch_fault(struct ferro_machine *m, uint32_t addr)
{
    enum ferro_region r = ferro_region_of(&m->mem, addr);
    ferro_fault(m, FAULT_FETCH_NOT_EXECUTABLE, addr, "instruction fetch from %s memory at 0x%05x",
                ferro_region_name(r), addr);
    return FR_VACANT_VALUE;
}

uint16_t ferro_read16(struct ferro_machine *m, uint32_t addr)
{
    addr &= FERRO_ADDR_MASK & ~1u; /* word accesses ignore address bit 0 */
    enum ferro_region r = ferro_region_of(&m->mem, addr);
    m->cur->read[r]++;
    m->totals.read[r]++;
    int cache = -1;
    if (ferro_region_is_fram(r))
        cache = ferro_fram_lookup(m, addr);
    note_access(m, addr, ACC_READ, 2, r, cache);
    if (r == RG_PERIPH)
        return periph_read(m, addr, 0);
    if (r == RG_VACANT)
        return vacant(m, addr, "read");
    return (uint16_t)(m->mem.bytes[addr] | m->mem.bytes[addr + 1] << 8);
}

uint8_t ferro_read8(struct ferro_machine *m, uint32_t addr)
{
    addr &= FERRO_ADDR_MASK;
    enum ferro_region r = ferro_region_of(&m->mem, addr);
    m->cur->read[r]++;
    m->totals.read[r]++;
    int cache = -1;
    if (ferro_region_is_fram(r))
        cache = ferro_fram_lookup(m, addr);
    note_access(m, addr, ACC_READ, 1, r, cache);
    if (r == RG_PERIPH)
        return (uint8_t)periph_read(m, addr, 1);
    if (r == RG_VACANT)
        return (uint8_t)(vacant(m, addr, "read") >> (addr & 1 ? 8 : 0));
    return m->mem.bytes[addr];
}

static int write_allowed(struct ferro_machine *m, uint32_t addr, enum ferro_region r)
{
    if (r == RG_VACANT) {
        vacant(m, addr, "write");
        return 0;
    }
    if (ferro_region_is_fram(r))
        fram_cache_write(&m->fram_cache, addr);
    if (!ferro_region_writable(r)) {
        if (m->cfg.vacant == VACANT_FAULT)
            ferro_fault(m, FAULT_VACANT_ACCESS, addr, "write to read-only %s at 0x%05x",
                        ferro_region_name(r), addr);
        else
            ferro_diag(m, "write to read-only %s at 0x%05x ignored (pc 0x%05x)",
                       ferro_region_name(r), addr, m->cur->pc);
        return 0;
    }
    return 1;
}

void ferro_write16(struct ferro_machine *m, uint32_t addr, uint16_t v)
{
    addr &= FERRO_ADDR_MASK & ~1u;
    enum ferro_region r = ferro_region_of(&m->mem, addr);
    m->cur->write[r]++;
    m->totals.write[r]++;
    note_access(m, addr, ACC_WRITE, 2, r, -1);
    if (r == RG_PERIPH) {
        periph_write(m, addr, v, 0);
        return;
    }
    if (!write_allowed(m, addr, r))
        return;
    m->mem.bytes[addr] = (uint8_t)v;
    m->mem.bytes[addr + 1] = (uint8_t)(v >> 8);
}

void ferro_write8(struct ferro_machine *m, uint32_t addr, uint8_t v)
{
    addr &= FERRO_ADDR_MASK;
    enum ferro_region r = ferro_region_of(&m->mem, addr);
    m->cur->write[r]++;
    m->totals.write[r]++;
    note_access(m, addr, ACC_WRITE, 1, r, -1);
    if (r == RG_PERIPH) {
        periph_write(m, addr, v, 1);
        return;
    }
    if (!write_allowed(m, addr, r))
        return;
    m->mem.bytes[addr] = v;
}

uint16_t ferro_peek16(const struct ferro_machine *m, uint32_t addr)
{
    addr &= FERRO_ADDR_MASK & ~1u;
    return (uint16_t)(m->mem.bytes[addr] | m->mem.bytes[addr + 1] << 8);
}

void ferro_poke(struct ferro_machine *m, uint32_t addr, const void *data, size_t len)
{
    const uint8_t *p = data;
    for (size_t i = 0; i < len; i++)
        m->mem.bytes[(addr + i) & FERRO_ADDR_MASK] = p[i];
}

void ferro_console_put(struct ferro_machine *m, char c)
{
    if (m->on_console) {
        m->on_console(m, c, m->on_console_ctx);
        return;
    }
    struct ferro_console *con = &m->console;
    if (con->len >= FERRO_CONSOLE_MAX) {
        m->console_dropped++;
        return;
    }
    if (con->len + 1 >= con->cap) {
        size_t cap = con->cap ? con->cap * 2 : 256;
        char *p = realloc(con->buf, cap);
        if (!p)
            return; /* console output is best effort; the run goes on */
        con->buf = p, con->cap = cap;
    }
    con->buf[con->len++] = c;
    con->buf[con->len] = 0;
}

/* ---- stepping ---------------------------------------------------------- */

static int vector_slot(uint16_t vector)
{
    return vector >= 0xFF80 && vector < 0xFFFE && !(vector & 1) ? (vector - 0xFF80) / 2 : -1;
}

void ferro_irq_raise(struct ferro_machine *m, uint16_t vector)
{
    int slot = vector_slot(vector);
    if (slot >= 0)
        m->irq_pending |= 1ull << slot;
}

void ferro_irq_line(struct ferro_machine *m, uint16_t vector, int active)
{
    int slot = vector_slot(vector);
    if (slot < 0)
        return;
    if (active)
        m->irq_lines |= 1ull << slot;
    else
        m->irq_lines &= ~(1ull << slot);
}

/* Higher vector address, higher priority (SLAU367P 1.3.2). */
static int highest_slot(uint64_t pending) { return 63 - __builtin_clzll(pending); }

static int interrupt_due(const struct ferro_machine *m)
{
    return (m->irq_pending | m->irq_lines) && (m->r[2] & SR_GIE);
}

unsigned ferro_step(struct ferro_machine *m)
{
    /* The record lives in the machine: no copy per step, and it stays readable
     * (debugger, tests) after the step. */
    struct ferro_exec *e = &m->step;
    memset(e, 0, sizeof *e);
    m->cur = e;
    if (interrupt_due(m)) {
        int slot = highest_slot(m->irq_pending | m->irq_lines);
        m->irq_pending &= ~(1ull << slot);
        ferro_cpu_interrupt(m, e, slot);
        m->state = FERRO_RUNNING;
        for (int i = 0; i < m->ndevices; i++)
            if (m->devices[i].ops->irq_ack)
                m->devices[i].ops->irq_ack(m, m->devices[i].state, e->vector);
    } else {
        ferro_cpu_execute(m, e);
    }
    unsigned c = 0;
    if (m->state != FERRO_FAULT) {
        m->instructions += e->event == EV_INSN;
        m->cur = &m->scratch;
        c = account(m, e);
        /* Low-power mode: CPUOFF stops the CPU; with GIE clear only a reset can wake
         * it, which is how firmware ends a run (crt0 does this after main). */
        if (m->r[2] & SR_CPUOFF) {
            /* LPM3/LPM4 with PMMREGOFF is LPMx.5: power-down, like a halt
             * (SLAU367P 1.4.3); only a BOR could follow. */
            m->lpmx5 = m->regoff && (m->r[2] & SR_SCG1) && (m->r[2] & SR_SCG0);
            m->state = (m->r[2] & SR_GIE) && !m->lpmx5 ? FERRO_SLEEPING : FERRO_HALTED;
        }
        if (m->puc_pending)
            do_reset(m, m->puc_pending);
    } else if (m->on_step) {
        m->on_step(m, e, 0, m->on_step_ctx);
    }
    m->cur = &m->scratch;
    return c;
}

/* LPM0..LPM4 from the SR clock bits (SLAU367P 1.4, table 1-2). */
static int lpm_of(uint32_t sr)
{
    if (sr & SR_OSCOFF)
        return 4;
    return ((sr & SR_SCG1) ? 2 : 0) + ((sr & SR_SCG0) ? 1 : 0);
}

/* Sleep until the next event: time moves on, MCLK cycles do not. */
static void sleep_until_event(struct ferro_machine *m)
{
    ferro_ps now = ferro_now(m), next = ferro_next_event(m);
    if (next == FERRO_NEVER) {
        ferro_fault(m, FAULT_SLEEP_FOREVER, m->r[0],
                    "low-power mode with interrupts enabled and no interrupt source (pc 0x%05x)",
                    m->r[0]);
        return;
    }
    if (next > now) {
        m->sleep_ps[lpm_of(m->r[2])] += next - now;
        m->time_base = next;
        m->cycles_base = m->cycles;
        m->deadline_stale = 1;
    }
    ferro_service_events(m);
}

/* MCLK cycle at which the earliest event is due. */
static uint64_t event_deadline(struct ferro_machine *m)
{
    if (m->deadline_stale) {
        ferro_ps next = ferro_next_event(m);
        if (next == FERRO_NEVER) {
            m->deadline_cycles = UINT64_MAX;
        } else {
            ferro_ps now = ferro_now(m);
            /* The first cycle at which ferro_now() >= next, rounded up: an event
             * due exactly at an instruction boundary is served before the
             * instruction that starts there. */
            uint64_t ahead =
                next <= now ? 0
                            : (uint64_t)(((unsigned __int128)(next - now) * m->mclk_hz +
                                          FERRO_PS_PER_S - 1) / FERRO_PS_PER_S);
            m->deadline_cycles = m->cycles + ahead;
        }
        m->deadline_stale = 0;
    }
    return m->deadline_cycles;
}

enum ferro_stop ferro_run(struct ferro_machine *m, volatile int *stop_flag)
{
    uint64_t budget = m->cfg.max_cycles ? m->cfg.max_cycles : UINT64_MAX;
    for (;;) {
        if (m->events && ferro_next_event(m) <= ferro_now(m))
            ferro_service_events(m);
        if (m->puc_pending) /* requested by an event (watchdog timeout), not by a step */
            do_reset(m, m->puc_pending);
        if (m->state == FERRO_SLEEPING) {
            if (interrupt_due(m)) {
                m->state = FERRO_RUNNING;
                m->wakeups++;
            } else {
                sleep_until_event(m);
                continue;
            }
        }
        if (m->state == FERRO_HALTED)
            return STOP_HALT;
        if (m->state == FERRO_FAULT)
            return STOP_FAULT;
        if (stop_flag && *stop_flag)
            return STOP_BREAK;
        if (m->cycles >= budget)
            return STOP_BUDGET;
        /* Inner loop: run to the next event; check the stop flag now and then.  A
         * step that queues an earlier event (a DMA request "now") ends it. */
        uint64_t until = event_deadline(m);
        if (until > budget)
            until = budget;
        for (int i = 0; i < 4096 && m->state == FERRO_RUNNING && m->cycles < until &&
                        !m->deadline_stale;
             i++)
            ferro_step(m);
    }
}

ferro_ps ferro_now(const struct ferro_machine *m)
{
    return m->time_base + (ferro_ps)((unsigned __int128)(m->cycles - m->cycles_base) *
                                     FERRO_PS_PER_S / m->mclk_hz);
}

double ferro_time_s(const struct ferro_machine *m) { return (double)ferro_now(m) / FERRO_PS_PER_S; }

void ferro_set_mclk(struct ferro_machine *m, uint32_t hz)
{
    if (m->cfg.mclk_hz || hz == m->mclk_hz)
        return;
    if (hz == 0) {
        ferro_diag(m, "MCLK source has no clock (HFXT is not modelled); keeping %u Hz", m->mclk_hz);
        return;
    }
    m->time_base = ferro_now(m);
    m->cycles_base = m->cycles;
    m->mclk_hz = hz;
    m->deadline_stale = 1;
}

void ferro_set_nwaits(struct ferro_machine *m, unsigned nwaits)
{
    m->cost.nwaits = (uint8_t)nwaits;
}
