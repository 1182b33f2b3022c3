/* Energy model of the FR5994: energy from the counters of the run database.
 *
 * Model (costmodel/fr5994.params holds every parameter and its source):
 *
 *   E_active = cycles * e_cycle + cache_hits * e_hit + cache_misses * e_miss
 *            + fram_writes * e_write + sram_accesses * e_sram
 *            + mpy32_accesses * e_mpy32
 *   E_sleep  = sum over LPM0..LPM4 of I_lpm * Vcc * time_in_lpm
 *   E_wake   = sum over LPM0..LPM4 of wakeups * Q_wake * Vcc
 *
 * e_* are per-event energies at the reference voltage Vref (the Fused fit, 8 MHz
 * MCLK), scaled by (Vcc / Vref)^2 (dynamic CV^2 energy); e_mpy32 is the MPY32
 * current per MHz times mpy32_cycles_per_access cycles, at Vref, scaled the same.
 * LPM currents and wake-up charges are taken as independent of Vcc.
 *
 * Units and rounding: every per-event energy is rounded ONCE to an integer number
 * of femtojoules (fJ) at the chosen Vcc; energies of rows are then exact integer
 * sums, so any attribution of rows adds up exactly to the total.  Sleep energy is
 * rounded to fJ per low-power mode (one rounding per mode). */
#ifndef FERRO_ENERGY_H
#define FERRO_ENERGY_H

#include <stddef.h>
#include <stdint.h>

#define FERRO_LPM_MODES 5 /* LPM0..LPM4 */

struct ferro_energy_params {
    double vcc, vref;
    double e_cycle_nj, e_fram_hit_nj, e_fram_miss_nj, e_fram_write_nj, e_sram_nj;
    double mpy32_ua_per_mhz, mpy32_cycles_per_access;
    double lpm_ua[FERRO_LPM_MODES];
    double wake_nas[FERRO_LPM_MODES];
    /* Datasheet active currents, for the cross-check estimate only. */
    double active_fram100_ua_per_mhz, active_fram0_ua_per_mhz, active_sram_ua_per_mhz;
};

/* Per-event energies in fJ at params.vcc. */
struct ferro_energy_coef {
    uint64_t cycle, fram_hit, fram_miss, fram_write, sram, mpy32;
};

/* The counters the active model reads (columns of profile, regions, dma). */
struct ferro_energy_counts {
    uint64_t cycles, cache_hits, cache_misses, fram_writes, sram_accesses, mpy32_accesses;
};

/* Parse a parameter file ("key = value  # source" lines, '#' comments).  Every
 * key must be present exactly once; unknown keys are errors.  0 on success, else
 * -1 with a one-line message in err. */
int ferro_energy_params_load(struct ferro_energy_params *p, const char *path, char *err, size_t errlen);
/* The same from a string (name is used in messages). */
int ferro_energy_params_parse(struct ferro_energy_params *p, const char *text, const char *name,
                              char *err, size_t errlen);

void ferro_energy_coef(const struct ferro_energy_params *p, struct ferro_energy_coef *c);

/* E_active of the counters, fJ. */
uint64_t ferro_energy_active_fj(const struct ferro_energy_coef *c, const struct ferro_energy_counts *n);
/* Energy of a data access stream only (no cycle or MPY32 term), fJ. */
uint64_t ferro_energy_data_fj(const struct ferro_energy_coef *c, uint64_t cache_hits, uint64_t cache_misses,
                              uint64_t fram_writes, uint64_t sram_accesses);
/* Energy of time_ps picoseconds in LPMn (0..4), fJ, rounded to nearest. */
uint64_t ferro_energy_sleep_fj(const struct ferro_energy_params *p, int lpm, uint64_t time_ps);
/* Energy of `wakeups` wake-ups from LPMn, fJ, rounded to nearest. */
uint64_t ferro_energy_wake_fj(const struct ferro_energy_params *p, int lpm, uint64_t wakeups);
/* Datasheet cross-check: active energy (fJ) of `cycles` from the uA/MHz
 * currents, interpolated by the share of fetches from SRAM and the FRAM cache
 * hit ratio (E = cycles * I_per_MHz * Vcc, independent of MCLK). */
double ferro_energy_datasheet_fj(const struct ferro_energy_params *p, uint64_t cycles, double sram_fetch_share,
                                 double hit_ratio);

#endif
