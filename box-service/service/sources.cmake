# SPDX-License-Identifier: GPL-3.0-or-later
# The services the API and the setup page call that are no single feature's: the customer and
# licence, devices and ports as operators change them, inquiries, operators and their SSH keys,
# the box's own status; and the password hash they and the API's login share.
target_sources(mente_box_service PRIVATE
    service/CustomerService.cpp service/CustomerService.h
    service/DeviceService.cpp service/DeviceService.h
    service/InquiryService.cpp service/InquiryService.h
    service/OperatorService.cpp service/OperatorService.h
    service/PasswordHasher.cpp service/PasswordHasher.h
    service/ServiceLogging.cpp service/ServiceLogging.h
    service/SshKeyService.cpp service/SshKeyService.h
    service/StatusService.cpp service/StatusService.h
    service/StatusSettings.h)
target_link_libraries(mente_box_service PRIVATE PkgConfig::SODIUM)
