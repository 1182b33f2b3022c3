/* Energy model (costmodel/energy.[ch]): a synthetic run with round parameters
 * gives the hand-computed sum; the shipped parameter file parses; bad files are
 * refused with a message. */
#include <stdio.h>
#include <string.h>

#include "../costmodel/energy.h"
#include "check.h"

#define EQ(got, want) CHECK_EQ(#got, got, want)
#define CHECK(cond) CHECK_EQ(#cond, !!(cond), 1)

static const char round_params[] =
    "vcc = 2.0  # at vref: no scaling\n"
    "vref = 2.0\n"
    "e_cycle_nj = 0.1      # 100000 fJ\n"
    "e_fram_hit_nj = 0.2   # 200000 fJ\n"
    "e_fram_miss_nj = 0.5\n"
    "e_fram_write_nj = 0.7\n"
    "e_sram_nj = 0.05\n"
    "mpy32_ua_per_mhz = 10  # 10 pC/cycle x 2 V = 20 pJ\n"
    "mpy32_cycles_per_access = 2\n"
    "lpm0_ua = 100\nlpm1_ua = 40\nlpm2_ua = 1\nlpm3_ua = 0.5\nlpm4_ua = 0.25\n"
    "wake_lpm0_nas = 4\nwake_lpm1_nas = 20\nwake_lpm2_nas = 20\nwake_lpm3_nas = 25\nwake_lpm4_nas = 30\n"
    "active_fram100_ua_per_mhz = 100\nactive_fram0_ua_per_mhz = 200\nactive_sram_ua_per_mhz = 50\n";

int main(void)
{
    struct ferro_energy_params p;
    struct ferro_energy_coef c;
    char err[512];
    CHECK(ferro_energy_params_parse(&p, round_params, "round", err, sizeof err) == 0);
    ferro_energy_coef(&p, &c);
    EQ(c.cycle, 100000);
    EQ(c.fram_hit, 200000);
    EQ(c.fram_miss, 500000);
    EQ(c.fram_write, 700000);
    EQ(c.sram, 50000);
    EQ(c.mpy32, 40000); /* 10 uA/MHz x 2 cycles x 2 V = 40 pJ */

    /* 1000 cycles, 300 hits, 20 misses, 10 FRAM writes, 400 SRAM accesses, 6 MPY32 accesses:
     * 100 + 60 + 10 + 7 + 20 + 0.24 = 197.24 nJ */
    struct ferro_energy_counts n = {1000, 300, 20, 10, 400, 6};
    EQ(ferro_energy_active_fj(&c, &n), 197240000);
    /* data part only: 60 + 10 + 7 + 20 = 97 nJ */
    EQ(ferro_energy_data_fj(&c, 300, 20, 10, 400), 97000000);
    /* LPM3 0.5 uA x 2 V x 1 ms = 1 nJ; LPM0 100 uA x 2 V x 1 us = 200 pJ */
    EQ(ferro_energy_sleep_fj(&p, 3, 1000000000), 1000000);
    EQ(ferro_energy_sleep_fj(&p, 0, 1000000), 200000);
    /* 3 wake-ups from LPM3: 3 x 25 nAs x 2 V = 150 nJ */
    EQ(ferro_energy_wake_fj(&p, 3, 3), 150000000);
    EQ(ferro_energy_sleep_fj(&p, 5, 1000), 0);
    /* datasheet estimate: 1000 cycles from SRAM at 50 uA/MHz x 2 V = 100 nJ */
    CHECK(ferro_energy_datasheet_fj(&p, 1000, 1.0, 0.0) == 100000000.0);

    /* Voltage scaling: twice vref, four times the dynamic energy; sleep x2. */
    p.vcc = 4.0;
    ferro_energy_coef(&p, &c);
    EQ(c.cycle, 400000);
    EQ(c.mpy32, 160000);
    EQ(ferro_energy_sleep_fj(&p, 3, 1000000000), 2000000);

    /* The shipped file: every parameter, Fused's cycle energy at 3.0 V. */
    CHECK(ferro_energy_params_load(&p, FERRO_PARAMS_DEFAULT, err, sizeof err) == 0);
    ferro_energy_coef(&p, &c);
    CHECK(p.vcc == 3.0);
    EQ(c.cycle, 201300);
    EQ(c.fram_miss, 634700);
    EQ(c.mpy32, 84000);

    /* Bad files. */
    CHECK(ferro_energy_params_parse(&p, "vcc = 3\n", "x", err, sizeof err) != 0);
    CHECK(strstr(err, "missing") != NULL);
    CHECK(ferro_energy_params_parse(&p, "bogus = 1\n", "x", err, sizeof err) != 0);
    CHECK(strstr(err, "unknown parameter 'bogus'") != NULL);
    CHECK(ferro_energy_params_parse(&p, "vcc = fast\n", "x", err, sizeof err) != 0);
    CHECK(strstr(err, "x:1: vcc needs a non-negative number") != NULL);
    CHECK(ferro_energy_params_load(&p, "/nonexistent.params", err, sizeof err) != 0);
    puts(failures ? "test_energy: FAIL" : "test_energy: PASS");
    return failures != 0;
}
