# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(mente_box_core PRIVATE
    app/BoxConfig.cpp app/BoxConfig.h
    app/BoxOptions.cpp app/BoxOptions.h
    app/BoxContext.h
    app/BoxService.cpp app/BoxService.h
    app/CustomerService.cpp app/CustomerService.h
    app/RegistrationMailQueue.h
    app/NetworkFacts.cpp app/NetworkFacts.h
    app/OperatorService.cpp app/OperatorService.h
    app/Actor.h
    app/SignalWatcher.cpp app/SignalWatcher.h
    app/SshKeyService.cpp app/SshKeyService.h)
