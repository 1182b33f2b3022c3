/* One simulated MSP430FR5994: CPU registers, memory, peripherals, time.  Every
 * function takes the machine explicitly; there is no global state, so a test or a
 * sweep can hold many machines in one process. */
#ifndef FERRO_MACHINE_H
#define FERRO_MACHINE_H

#include <stddef.h>
#include <stdint.h>

#include "../costmodel/cycles.h"
#include "fram_cache.h"
#include "isa.h"
#include "mem.h"
#include "sched.h"

#define FERRO_WARN_UNUSED __attribute__((warn_unused_result))

/* Status register bits (SLAU367P 4.3.3). */
enum {
    SR_C = 0x0001, SR_Z = 0x0002, SR_N = 0x0004, SR_GIE = 0x0008,
    SR_CPUOFF = 0x0010, SR_OSCOFF = 0x0020, SR_SCG0 = 0x0040, SR_SCG1 = 0x0080,
    SR_V = 0x0100,
};

enum ferro_state {
    FERRO_RUNNING,  /* executing */
    FERRO_SLEEPING, /* low-power mode with interrupts enabled: waits for an event */
    FERRO_HALTED,   /* low-power mode with GIE clear: the end of a run */
    FERRO_FAULT,    /* the simulator stopped on an error (see fault) */
};

enum ferro_fault {
    FAULT_NONE,
    FAULT_ILLEGAL_OPCODE,
    FAULT_FETCH_NOT_EXECUTABLE, /* instruction fetch outside FRAM/SRAM/info memory */
    FAULT_VACANT_ACCESS,        /* data access to vacant memory (policy: fault) */
    FAULT_SLEEP_FOREVER,        /* low-power mode with GIE set and nothing to wake it */
};

enum ferro_vacant_policy { VACANT_WARN, VACANT_FAULT };

/* Why ferro_run returned. */
enum ferro_stop { STOP_HALT, STOP_FAULT, STOP_BUDGET, STOP_BREAK };

struct ferro_machine;

/* A region boundary the firmware signalled (begin or end of region `id`). */
struct ferro_marker {
    uint64_t cycles;
    ferro_ps time;
    uint32_t pc;
    uint16_t id;
    uint8_t begin;
};

/* SYSRSTIV values of the reset causes Ferro produces (SLAU367P table 1-26,
 * "SYSRSTIV interrupt vector generator"). */
enum {
    RSTIV_NONE = 0x00, RSTIV_BOR = 0x02, RSTIV_RST = 0x04, RSTIV_WDT_TIMEOUT = 0x16,
    RSTIV_PMMSWBOR = 0x06, RSTIV_PMMSWPOR = 0x14, RSTIV_WDT_PASSWORD = 0x18,
    RSTIV_FRCTL_PASSWORD = 0x1A, RSTIV_PERIPH_FETCH = 0x1E, RSTIV_PMM_PASSWORD = 0x20,
    RSTIV_CS_PASSWORD = 0x24,
};

/* A device on the peripheral page.  Reads and writes are word or byte accesses
 * at an even (word) or any (byte) address inside [base, base+size). */
struct ferro_device_ops {
    const char *name;
    /* Called once when the device is attached, with its row's instance config
     * from the FR5994 table (base-specific vectors, sizes, ...); optional. */
    void (*init)(struct ferro_machine *m, void *dev, const void *config);
    void (*reset)(struct ferro_machine *m, void *dev);
    uint16_t (*read)(struct ferro_machine *m, void *dev, uint32_t addr, int byte);
    void (*write)(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t val, int byte);
    /* The CPU accepted the interrupt at `vector`: a device owning a single-source
     * vector clears its flag here (optional). */
    void (*irq_ack)(struct ferro_machine *m, void *dev, uint16_t vector);
    /* The clock system changed a clock frequency or gating (optional). */
    void (*clock_changed)(struct ferro_machine *m, void *dev);
};

struct ferro_device {
    const struct ferro_device_ops *ops;
    void *state;
    uint16_t base, size;
};

#define FERRO_MAX_DEVICES 32
#define FERRO_CONSOLE_MAX (1u << 20)
#define FERRO_PERIPH_WORDS (0x1000 / 2)

struct ferro_config {
    uint32_t mclk_hz;                 /* 0: MCLK follows the firmware's CS setting;
                                         else fixed at this frequency (what-if runs) */
    enum ferro_vacant_policy vacant;  /* what a vacant data access does */
    uint64_t max_cycles;              /* 0: no budget */
    struct fram_cache_config fram_cache; /* sets == 0: the default (fram_cache.h) */
    uint8_t marker_port;              /* GPIO port whose writes are region markers
                                         (sim/periph/gpio.h): 1..8, 10 = PJ, 0 = none;
                                         `ferro run` uses FERRO_MARKER_PORT_DEFAULT */
};

#define FERRO_MARKER_PORT_DEFAULT 7

/* Bus traffic of a whole run (the per-step record has the same counters). */
struct ferro_totals {
    uint64_t fetch[RG_COUNT], read[RG_COUNT], write[RG_COUNT];
    uint64_t fram_hit, fram_miss, wait_cycles;
    uint64_t mpy32;                   /* MPY32 register accesses (within read/write[RG_PERIPH]) */
};

/* A bus access as the per-access hooks see it: `cache` is 1 for an FRAM cache
 * hit, 0 for a miss, -1 where there was no lookup (writes, other regions). */
enum ferro_access_kind { ACC_FETCH, ACC_READ, ACC_WRITE };
typedef void (*ferro_access_fn)(struct ferro_machine *m, uint32_t addr, unsigned kind,
                                unsigned bytes, unsigned region, int cache, void *ctx);

struct ferro_console {
    char *buf;
    size_t len, cap;
};

struct ferro_machine {
    uint32_t r[16];                   /* R0=PC, R1=SP, R2=SR, R3=CG2; 20 bits each */
    enum ferro_state state;
    enum ferro_fault fault;
    uint32_t fault_pc, fault_addr;
    char fault_msg[160];

    uint64_t cycles, instructions;
    /* Simulated time in ps: MCLK cycles convert at the frequency in force when
     * they ran, time = time_base + (cycles - cycles_base) / mclk_hz; sleeping
     * moves time_base on without cycles. */
    uint32_t mclk_hz;
    uint64_t cycles_base;
    ferro_ps time_base;
    ferro_ps sleep_ps[5];             /* time spent in LPM0..LPM4 */
    uint64_t wakeups;

    struct ferro_event *events;       /* sorted by time (sched.c) */
    int deadline_stale;               /* events or MCLK changed: recompute */
    uint64_t deadline_cycles;         /* MCLK cycle of the earliest event */

    /* Interrupt requests, bit i = vector at 0xFF80 + 2 i: lines driven by devices
     * (level: they stay until the device clears its flag) and one-shot requests. */
    uint64_t irq_lines;
    uint64_t irq_pending;

    struct ferro_config cfg;
    struct ferro_cost cost;
    struct ferro_exec *cur;           /* record of the step in progress */
    struct ferro_exec step;           /* record of the current or most recent step */
    struct ferro_exec scratch;        /* counts accesses made outside a step */
    uint64_t vacant_accesses;
    struct ferro_totals totals;
    struct fram_cache fram_cache;
    int warned_fram_speed;

    /* Called with every completed step (tracing, profiling, tests).  NULL: none. */
    void (*on_step)(struct ferro_machine *m, const struct ferro_exec *e, unsigned cycles,
                    void *ctx);
    void *on_step_ctx;
    /* Called with every data read and write (on_access) and every instruction
     * fetch (on_fetch) when set: data-object profiles, full traces.  NULL: none,
     * at the cost of one predictable branch per access. */
    ferro_access_fn on_access, on_fetch;
    void *on_access_ctx;
    /* Diagnostics (warnings); NULL prints to stderr. */
    void (*on_diag)(struct ferro_machine *m, const char *msg, void *ctx);
    void *on_diag_ctx;

    /* PUC requested by a device (watchdog, password violation); performed after
     * the current instruction.  reset_cause: the SYSRSTIV value of the last reset. */
    uint16_t puc_pending;
    uint16_t reset_cause;
    uint8_t regoff;                   /* PMMCTL0.PMMREGOFF: LPM3/4 entry is LPMx.5 */
    uint8_t lpmx5;                    /* the run ended in LPM3.5/LPM4.5 */

    /* Region markers decoded from GPIO writes (sim/periph/gpio.c). */
    struct ferro_marker *markers;
    size_t nmarkers, markers_cap;
    void (*on_marker)(struct ferro_machine *m, const struct ferro_marker *mk, void *ctx);
    void *on_marker_ctx;

    /* DMA trigger input, set by the DMA device (sim/periph/dma.c) at reset;
     * NULL: no DMA.  A device whose flag is a DMA trigger (a timer's CCIFG) calls
     * it when the flag gets set, with `source` = the DMAxTSEL value of that
     * trigger (SLASE54 table 9-11; enum dma_trigger_source in periph/dma.h).
     * The transfers happen after the current instruction. */
    void (*dma_trigger)(struct ferro_machine *m, unsigned source);
    void *dma;                        /* the DMA device's state */

    /* Console (eUSCI_A0) output: given to on_console when set, else kept in
     * `console` (up to FERRO_CONSOLE_MAX bytes; console_dropped counts the rest). */
    void (*on_console)(struct ferro_machine *m, char c, void *ctx);
    void *on_console_ctx;
    struct ferro_console console;
    uint64_t console_dropped;
    struct ferro_device devices[FERRO_MAX_DEVICES];
    int ndevices;
    uint8_t periph_owner[FERRO_PERIPH_WORDS]; /* device index + 1, 0: plain storage */

    struct ferro_mem mem;
};

/* Create a machine with the FR5994 map and peripherals (NULL on out of memory). */
struct ferro_machine *ferro_new(const struct ferro_config *cfg) FERRO_WARN_UNUSED;
void ferro_free(struct ferro_machine *m);

/* Power-on reset: registers cleared, devices reset, PC from the reset vector. */
void ferro_reset(struct ferro_machine *m);
/* Ask for a PUC with SYSRSTIV cause `cause`; it happens after the current
 * instruction (devices call this from register writes). */
void ferro_request_puc(struct ferro_machine *m, uint16_t cause);

/* Account non-instruction activity (e->event EV_DMA, EV_RESET, ...): price it with
 * the cost model, add the cycles, report it to on_step.  Returns the cycles. */
unsigned ferro_account(struct ferro_machine *m, struct ferro_exec *e);

/* Record a region marker at the current time (and tell on_marker). */
void ferro_marker(struct ferro_machine *m, uint16_t id, int begin);

/* Execute one instruction or accept one interrupt; returns the cycles it took. */
unsigned ferro_step(struct ferro_machine *m);

/* Run until halt, fault, the cycle budget (cfg.max_cycles) or *stop_flag. */
enum ferro_stop ferro_run(struct ferro_machine *m, volatile int *stop_flag);

/* Request the interrupt whose vector is at `vector` (0xFF80..0xFFFC) once. */
void ferro_irq_raise(struct ferro_machine *m, uint16_t vector);
/* A device drives the request line of `vector` (level-sensitive). */
void ferro_irq_line(struct ferro_machine *m, uint16_t vector, int active);

/* Bus access as the CPU does it (counted, may warn or fault). */
uint16_t ferro_read16(struct ferro_machine *m, uint32_t addr);
uint8_t ferro_read8(struct ferro_machine *m, uint32_t addr);
void ferro_write16(struct ferro_machine *m, uint32_t addr, uint16_t v);
void ferro_write8(struct ferro_machine *m, uint32_t addr, uint8_t v);



/* Debugger/loader access: no counting, no side effects on peripherals. */
uint16_t ferro_peek16(const struct ferro_machine *m, uint32_t addr);
void ferro_poke(struct ferro_machine *m, uint32_t addr, const void *data, size_t len);

void ferro_fault(struct ferro_machine *m, enum ferro_fault f, uint32_t addr, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void ferro_diag(struct ferro_machine *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Devices hold 16-bit registers and see byte or word accesses: the value a read
 * returns, and the register after a write (the byte lane given by addr bit 0). */
static inline uint16_t ferro_reg_view(uint16_t w, uint32_t addr, int byte)
{
    return byte ? (uint8_t)(addr & 1 ? w >> 8 : w) : w;
}

static inline uint16_t ferro_reg_merge(uint16_t old, uint16_t v, uint32_t addr, int byte)
{
    if (!byte)
        return v;
    if (addr & 1)
        return (uint16_t)((old & 0x00FF) | (v & 0xFF) << 8);
    return (uint16_t)((old & 0xFF00) | (v & 0xFF));
}

/* State of the first device with these ops (NULL if none): how devices find
 * each other, e.g. a timer asking the clock system for SMCLK. */
void *ferro_device_state(const struct ferro_machine *m, const struct ferro_device_ops *ops);
/* Tell every device that clocks changed (called by the clock system). */
void ferro_clocks_changed(struct ferro_machine *m);

/* Register a device on the peripheral page. */
int ferro_attach(struct ferro_machine *m, const struct ferro_device_ops *ops, void *state,
                 uint16_t base, uint16_t size) FERRO_WARN_UNUSED;

void ferro_console_put(struct ferro_machine *m, char c);

/* Exit code of a halted run: R12, as crt0 leaves main's return value there. */
static inline int ferro_exit_code(const struct ferro_machine *m) { return (int)(m->r[12] & 0xFFFF); }

/* Current simulated time. */
ferro_ps ferro_now(const struct ferro_machine *m);
double ferro_time_s(const struct ferro_machine *m);
/* The clock system changed MCLK (ignored when cfg.mclk_hz fixes it). */
void ferro_set_mclk(struct ferro_machine *m, uint32_t hz);
/* The FRAM controller changed its wait states (FRCTL0.NWAITS). */
void ferro_set_nwaits(struct ferro_machine *m, unsigned nwaits);

/* ---- bus fast paths (inline: they run several times per instruction) ---- */

uint16_t ferro_fetch_fault(struct ferro_machine *m, uint32_t addr);
void ferro_fram_too_fast(struct ferro_machine *m);

/* Main and information FRAM share the controller and its cache. */
static inline int ferro_region_is_fram(enum ferro_region r) { return r == RG_FRAM || r == RG_INFO; }

/* Returns 1 on a cache hit, 0 on a miss. */
static inline int ferro_fram_lookup(struct ferro_machine *m, uint32_t addr)
{
    if (fram_cache_read(&m->fram_cache, addr)) {
        m->cur->fram_hit++;
        m->totals.fram_hit++;
        return 1;
    }
    m->cur->fram_miss++;
    m->totals.fram_miss++;
    if (m->cost.nwaits == 0 && m->mclk_hz > 8000000 && !m->warned_fram_speed)
        ferro_fram_too_fast(m);
    return 0;
}

/* Instruction fetch: faults outside FRAM, SRAM and information memory. */
static inline __attribute__((always_inline)) uint16_t ferro_fetch16(struct ferro_machine *m, uint32_t addr)
{
    addr &= FERRO_ADDR_MASK & ~1u;
    enum ferro_region r = ferro_region_of(&m->mem, addr);
    if (!ferro_region_executable(r))
        return ferro_fetch_fault(m, addr);
    m->cur->fetch[r]++;
    m->totals.fetch[r]++;
    int cache = -1;
    if (ferro_region_is_fram(r))
        cache = ferro_fram_lookup(m, addr);
    if (__builtin_expect(m->on_fetch != NULL, 0))
        m->on_fetch(m, addr, ACC_FETCH, 2, r, cache, m->on_access_ctx);
    return (uint16_t)(m->mem.bytes[addr] | m->mem.bytes[addr + 1] << 8);
}

/* CPU core (cpu.c). */
void ferro_cpu_execute(struct ferro_machine *m, struct ferro_exec *e);
void ferro_cpu_interrupt(struct ferro_machine *m, struct ferro_exec *e, int slot);

#endif
