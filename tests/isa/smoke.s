; smoke test of the runner
        .text
t_mov_rr:
        ;! r4=0x1234
        mov r4, r5
        ;= r5=0x1234 cycles=1 cell=F1_REG_RM
t_add_flags:
        ;! r4=0x7fff r5=1
        add r4, r5
        ;= r5=0x8000 n=1 v=1 c=0 z=0 cycles=1
