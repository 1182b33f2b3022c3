#include "sched.h"

#include "machine.h"

void ferro_unschedule(struct ferro_machine *m, struct ferro_event *ev)
{
    if (!ev->queued)
        return;
    for (struct ferro_event **p = &m->events; *p; p = &(*p)->next)
        if (*p == ev) {
            *p = ev->next;
            break;
        }
    ev->queued = 0;
    ev->next = NULL;
    m->deadline_stale = 1;
}

void ferro_schedule(struct ferro_machine *m, struct ferro_event *ev, ferro_ps when)
{
    ferro_unschedule(m, ev);
    struct ferro_event **p = &m->events;
    while (*p && (*p)->when <= when) /* equal times fire in the order queued */
        p = &(*p)->next;
    ev->when = when;
    ev->next = *p;
    ev->queued = 1;
    *p = ev;
    m->deadline_stale = 1;
}

ferro_ps ferro_next_event(const struct ferro_machine *m)
{
    return m->events ? m->events->when : FERRO_NEVER;
}

void ferro_service_events(struct ferro_machine *m)
{
    ferro_ps now = ferro_now(m);
    while (m->events && m->events->when <= now) {
        struct ferro_event *ev = m->events;
        m->events = ev->next;
        ev->queued = 0;
        ev->next = NULL;
        m->deadline_stale = 1;
        ev->fire(m, ev->ctx);
    }
}

ferro_ps ferro_ticks_to_ps(ferro_ps base, uint64_t ticks, uint32_t hz)
{
    if (!hz)
        return FERRO_NEVER;
    unsigned __int128 t = (unsigned __int128)ticks * FERRO_PS_PER_S + hz - 1;
    t /= hz;
    t += base;
    return t > FERRO_NEVER ? FERRO_NEVER : (ferro_ps)t;
}

uint64_t ferro_ps_to_ticks(ferro_ps base, ferro_ps now, uint32_t hz)
{
    if (now <= base)
        return 0;
    return (uint64_t)((unsigned __int128)(now - base) * hz / FERRO_PS_PER_S);
}
