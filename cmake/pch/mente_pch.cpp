// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of the mente_pch target (cmake/MentePch.cmake): compiling it makes the precompiled
// header every other target reuses. It has no code of its own.
