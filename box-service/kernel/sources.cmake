# SPDX-License-Identifier: GPL-3.0-or-later
# The kernel under every module: who acts (Actor), what the box knows of itself (BoxIdentity,
# NetworkFacts), how box.conf is read (ConfigReader) and where its secrets are kept (BoxSecrets),
# listen addresses. The clock is shared/Clock.h (the console takes one too).
target_sources(mente_box_kernel PRIVATE
    kernel/Actor.h
    kernel/BoxIdentity.h
    kernel/BoxSecrets.cpp kernel/BoxSecrets.h
    kernel/ConfigReader.cpp kernel/ConfigReader.h
    kernel/ListenAddress.cpp kernel/ListenAddress.h
    kernel/NetworkFacts.cpp kernel/NetworkFacts.h
    kernel/TimeSpan.h)
